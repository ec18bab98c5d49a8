import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addJudgeAbsence } from '../../../api/endpoints.ts';
import type { AbsenceKind, CourtJudge } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useRefreshCourts } from '../queries.ts';
import { addDays, formatDay, today, tomorrow } from '../terms.ts';

const KINDS: readonly AbsenceKind[] = ['leave', 'sickness', 'training', 'other'];

/** Records a judge's absence (leave, sickness, training) with its first and last day. */
export function AbsenceModal({
  judge,
  onSaved,
  onClose,
}: {
  judge: CourtJudge;
  onSaved: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const refresh = useRefreshCourts();
  const a = 'courts.work.absence' as const;
  const [kind, setKind] = useState<AbsenceKind>('leave');
  const [from, setFrom] = useState(today());
  // An absence counts from tomorrow, so it must last at least until then; a week by default.
  const [to, setTo] = useState(addDays(today(), 6));
  const [checked, setChecked] = useState(false);
  const effective = formatDay(tomorrow(), language);
  const first = tomorrow();
  const endsTooEarly = Boolean(to) && to < first;
  const invalid = !from || !to || from > to || endsTooEarly;

  const save = useMutation({
    mutationFn: () => addJudgeAbsence(judge.id, { kind, from, to }),
    onSuccess: () => {
      void refresh();
      onSaved(t(`${a}.saved`, { name: judge.name, date: effective }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (invalid) return;
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`${a}.title`, { name: judge.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-absence-form>
        <Stack>
          <NativeSelect
            label={t(`${a}.kind`)}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as AbsenceKind)}
            data={KINDS.map((k) => ({ value: k, label: t(`courts.absenceKinds.${k}`) }))}
            data-field="kind"
          />
          <Group gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t(`${a}.from`)}
              required
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              w={{ base: '100%', xs: 180 }}
              data-field="from"
            />
            <TextInput
              type="date"
              label={t(`${a}.to`)}
              required
              value={to}
              min={from && from > first ? from : first}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={
                checked && invalid
                  ? t(endsTooEarly ? `${a}.endsTooEarly` : `${a}.toBeforeFrom`, { date: effective })
                  : null
              }
              w={{ base: '100%', xs: 180 }}
              data-field="to"
            />
          </Group>
          <Text size="sm" c="gray.8" data-effective>
            {t(`${a}.tomorrow`, { date: effective })}
          </Text>
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-save>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
