import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CasePartyRole } from '../../../api/types.ts';

export const PARTY_ROLES: readonly CasePartyRole[] = [
  'claimant',
  'defendant',
  'accused',
  'victim',
  'third-party',
];

export type PartyRow = { key: number; role: CasePartyRole; name: string; identifier: string };

/** Empty, or the 14 digits of a PIN or INN (as the server checks). */
export const identifierValid = (value: string) => !value.trim() || /^\d{14}$/.test(value.trim());

let nextKey = 1;
export const newParty = (role: CasePartyRole = 'claimant'): PartyRow => ({
  key: nextKey++,
  role,
  name: '',
  identifier: '',
});

/** The parties of a case, one row each, added and removed as the filing needs. */
export function PartiesEditor({
  rows,
  onChange,
  showErrors,
}: {
  rows: PartyRow[];
  onChange: (rows: PartyRow[]) => void;
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  const r = 'courts.work.register' as const;
  const update = (key: number, change: Partial<PartyRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <Fieldset legend={t(`${r}.parties`)} data-parties>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <Group key={row.key} gap="sm" align="flex-start" wrap="wrap" data-party-row={index + 1}>
            <NativeSelect
              label={t(`${r}.partyRole`, { n: index + 1 })}
              value={row.role}
              onChange={(e) => update(row.key, { role: e.currentTarget.value as CasePartyRole })}
              data={PARTY_ROLES.map((role) => ({
                value: role,
                label: t(`courts.partyRoles.${role}`),
              }))}
              w={{ base: '100%', sm: 180 }}
              data-field="role"
            />
            <TextInput
              label={t(`${r}.partyName`, { n: index + 1 })}
              required
              value={row.name}
              maxLength={300}
              onChange={(e) => update(row.key, { name: e.currentTarget.value })}
              error={showErrors && !row.name.trim() ? t('common.required') : null}
              style={{ flex: '1 1 14rem' }}
              data-field="name"
            />
            <TextInput
              label={t(`${r}.partyIdentifier`, { n: index + 1 })}
              value={row.identifier}
              maxLength={14}
              inputMode="numeric"
              onChange={(e) => update(row.key, { identifier: e.currentTarget.value })}
              error={
                showErrors && !identifierValid(row.identifier) ? t('courts.fourteenDigits') : null
              }
              w={{ base: '100%', sm: 200 }}
              data-field="identifier"
            />
            {rows.length > 1 && (
              <Button
                variant="subtle"
                color="red"
                mt={{ base: 0, sm: 25 }}
                onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
                aria-label={t(`${r}.removeParty`, { n: index + 1 })}
                data-remove-party
              >
                {t(`${r}.remove`)}
              </Button>
            )}
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange([...rows, newParty('defendant')])}
            data-add-party
          >
            {t(`${r}.addParty`)}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
