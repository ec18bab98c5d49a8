import {
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeReportingWindow, openReportingPeriod } from '../../../api/endpoints.ts';
import type { PeriodKind, ReportingPeriod } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { PERIOD_KINDS, PERIODS_PER_YEAR } from '../kinds.ts';
import { periodLabel } from '../labels.ts';
import { dayOf, endOfDay, isDay, lastDayOf, startOfDay, today } from './window.ts';

/**
 * Opens a new reporting period (kind, year, number and window), or, given a period, moves its
 * window. Dates are days in Bishkek; the window is open from the first day to the end of the last.
 */
export function PeriodFormModal({
  period,
  onClose,
  onSaved,
}: {
  period: ReportingPeriod | null;
  onClose: () => void;
  onSaved: (period: ReportingPeriod) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<PeriodKind>(period?.kind ?? 'quarter');
  const [year, setYear] = useState<number | string>(period?.year ?? new Date().getFullYear());
  const [number, setNumber] = useState<number | string>(period?.number ?? 1);
  const [opens, setOpens] = useState(period ? dayOf(period.opensAt) : today());
  const [lastDay, setLastDay] = useState(period ? lastDayOf(period.closesAt) : '');
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: () => {
      const window = { opensAt: startOfDay(opens), closesAt: endOfDay(lastDay) };
      return period
        ? changeReportingWindow(period.id, window)
        : openReportingPeriod({ kind, year: Number(year), number: Number(number), ...window });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['reporting-periods'] });
      await queryClient.invalidateQueries({ queryKey: ['strategy', 'scores'] });
      onSaved(saved);
    },
  });

  const most = PERIODS_PER_YEAR[kind];
  const errors = {
    year:
      typeof year !== 'number' || year < 2021 || year > 2100
        ? t('work.plans.yearRange', { min: 2021, max: 2100 })
        : undefined,
    number:
      typeof number !== 'number' || number < 1 || number > most
        ? t('work.periods.numberRange', { max: most })
        : undefined,
    opens: !isDay(opens) ? t('work.periods.dateRequired') : undefined,
    lastDay: !isDay(lastDay)
      ? t('work.periods.dateRequired')
      : isDay(opens) && lastDay < opens
        ? t('work.periods.lastDayOrder')
        : undefined,
  };
  const valid = period
    ? !errors.opens && !errors.lastDay
    : !errors.year && !errors.number && !errors.opens && !errors.lastDay;
  const shown = (message: string | undefined) => (checked ? message : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (valid) mutation.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        period
          ? t('work.periods.changeTitle', { period: periodLabel(t, period) })
          : t('work.periods.create')
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-period-form={period?.id ?? 'new'}>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {!period && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label={t('work.periods.kind')}
                required
                value={kind}
                onChange={(e) => {
                  const next = e.currentTarget.value as PeriodKind;
                  setKind(next);
                  if (typeof number === 'number' && number > PERIODS_PER_YEAR[next]) setNumber(1);
                }}
                data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`work.periods.kinds.${k}`) }))}
              />
              <NumberInput
                label={t('work.periods.year')}
                required
                min={2021}
                max={2100}
                allowDecimal={false}
                allowNegative={false}
                value={year}
                onChange={setYear}
                error={shown(errors.year)}
              />
              <NumberInput
                label={t('work.periods.number')}
                required
                min={1}
                max={most}
                allowDecimal={false}
                allowNegative={false}
                disabled={most === 1}
                value={number}
                onChange={setNumber}
                error={shown(errors.number)}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('work.periods.opensOn')}
              required
              value={opens}
              onChange={(e) => setOpens(e.currentTarget.value)}
              error={shown(errors.opens)}
            />
            <TextInput
              type="date"
              label={t('work.periods.lastDay')}
              required
              value={lastDay}
              onChange={(e) => setLastDay(e.currentTarget.value)}
              error={shown(errors.lastDay)}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('work.periods.windowHint')}
          </Text>
          <FormActions
            pending={mutation.isPending}
            onCancel={onClose}
            submitLabel={period ? t('common.save') : t('work.periods.create')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
