import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportIdentity } from '../../../api/reporting.ts';

export type IdentityDraft = { name: string; contact: string; position: string };
export const EMPTY_IDENTITY: IdentityDraft = { name: '', contact: '', position: '' };

export const identityMissing = (draft: IdentityDraft) =>
  !draft.name.trim() || !draft.contact.trim();

export function identityOf(draft: IdentityDraft): ReportIdentity {
  return {
    name: draft.name.trim(),
    contact: draft.contact.trim(),
    ...(draft.position.trim() ? { position: draft.position.trim() } : {}),
  };
}

/** Name, contact and position of a reporter who chooses to say who they are. */
export function IdentityFields({
  value,
  onChange,
  checked,
}: {
  value: IdentityDraft;
  onChange: (value: IdentityDraft) => void;
  checked: boolean;
}) {
  const { t } = useTranslation();
  const n = 'reporting.identity' as const;
  return (
    <Stack gap="sm" data-identity-fields>
      <TextInput
        label={t(`${n}.name`)}
        required
        maxLength={200}
        autoComplete="off"
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
        error={checked && !value.name.trim() ? t('common.required') : null}
        data-field="identity-name"
      />
      <TextInput
        label={t(`${n}.contact`)}
        description={t(`${n}.contactHint`)}
        required
        maxLength={200}
        autoComplete="off"
        value={value.contact}
        onChange={(e) => onChange({ ...value, contact: e.currentTarget.value })}
        error={checked && !value.contact.trim() ? t('common.required') : null}
        data-field="identity-contact"
      />
      <TextInput
        label={t(`${n}.position`)}
        maxLength={200}
        autoComplete="off"
        value={value.position}
        onChange={(e) => onChange({ ...value, position: e.currentTarget.value })}
        data-field="identity-position"
      />
    </Stack>
  );
}
