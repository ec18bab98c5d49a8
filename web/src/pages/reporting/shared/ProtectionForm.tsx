import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PROTECTION_KINDS,
  type ProtectionInput,
  type ProtectionKind,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { todayInBishkek } from './terms.ts';

const MAX_DETAILS = 10_000;

/**
 * Asks the prosecutor to protect the reporter from retaliation (dismissal, demotion, …). After
 * sending it says by when the prosecutor must respond.
 */
export function ProtectionForm({
  onSubmit,
  onDone,
}: {
  onSubmit: (input: ProtectionInput) => Promise<{ id: string; deadline: string }>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [kind, setKind] = useState<ProtectionKind | ''>('');
  const [details, setDetails] = useState('');
  const [occurredOn, setOccurredOn] = useState('');
  const [checked, setChecked] = useState(false);
  const n = 'reporting.protection' as const;
  const open = useMutation({
    mutationFn: () =>
      onSubmit({
        kind: kind as ProtectionKind,
        details: details.trim(),
        ...(occurredOn ? { occurredOn } : {}),
      }),
    onSuccess: () => {
      setKind('');
      setDetails('');
      setOccurredOn('');
      setChecked(false);
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!kind || !details.trim()) return;
    open.mutate();
  };

  return (
    <form onSubmit={submit} noValidate data-protection-form>
      <Stack gap="sm">
        {open.data && (
          <Alert color="green" role="status" data-protection-deadline={open.data.deadline}>
            {t(`${n}.sent`, { deadline: formatDate(open.data.deadline, language) })}
          </Alert>
        )}
        <NativeSelect
          label={t(`${n}.kind`)}
          required
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ProtectionKind | '')}
          data={[
            { value: '', label: t(`${n}.chooseKind`) },
            ...PROTECTION_KINDS.map((k) => ({ value: k, label: t(`${n}.kinds.${k}`) })),
          ]}
          error={checked && !kind ? t('common.required') : null}
          data-field="protection-kind"
        />
        <Textarea
          label={t(`${n}.details`)}
          description={t(`${n}.detailsHint`)}
          required
          autosize
          minRows={3}
          maxLength={MAX_DETAILS}
          value={details}
          onChange={(e) => setDetails(e.currentTarget.value)}
          error={checked && !details.trim() ? t('common.required') : null}
          data-field="protection-details"
        />
        <TextInput
          type="date"
          label={t(`${n}.occurredOn`)}
          max={todayInBishkek()}
          value={occurredOn}
          onChange={(e) => setOccurredOn(e.currentTarget.value)}
          w={{ base: '100%', xs: 220 }}
          data-field="protection-date"
        />
        {open.isError && <ErrorAlert error={open.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={open.isPending} data-request-protection>
            {t(`${n}.submit`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
