import { Button, Fieldset, Group, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actOnReport,
  editReport,
  type ReportContent,
  startReport,
} from '../../../api/endpoints.ts';
import {
  EXECUTION_STATUSES,
  type ExecutionStatus,
  type MeasureReport,
} from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import {
  entriesOf,
  type IndicatorEntries,
  IndicatorInputs,
  indicatorRows,
  missingUnits,
  outOfRange,
  valuesOf,
} from './IndicatorInputs.tsx';
import type { IndicatorField } from './indicators.ts';
import { indicatorProblems, problemSentence } from './serverProblems.ts';

const NARRATIVE_MAX = 20_000;
/** The field groups read as headed sections, without boxes that narrow a phone screen. */
const LEGEND_STYLES = { legend: { fontWeight: 700, marginBottom: 6 } } as const;

const sameContent = (a: ReportContent, b: ReportContent) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The unified report's form: how the measure stands, what was done (in Kyrgyz and/or Russian) and
 * the values of the activity's indicators. Without a report it starts the draft for the period;
 * with one it saves the draft, and submits it (saving unsaved changes first).
 */
export function ReportEditor({
  measureId,
  periodId,
  report,
  fields,
  onSaved,
  children,
}: {
  measureId: string;
  periodId: string;
  report: MeasureReport | null;
  fields: IndicatorField[];
  onSaved: (report: MeasureReport, what: 'started' | 'saved' | 'submitted') => void;
  /** Shown between the fields and the buttons: the evidence, so it comes before submitting. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const formId = `report-form-${report?.id ?? periodId}`;
  const stored = report?.indicatorValues ?? [];
  const rows = indicatorRows(fields, stored);
  const [status, setStatus] = useState<ExecutionStatus | ''>(report?.executionStatus ?? '');
  const [ky, setKy] = useState(report?.narrative.ky ?? '');
  const [ru, setRu] = useState(report?.narrative.ru ?? '');
  const [entries, setEntries] = useState<IndicatorEntries>(() => entriesOf(rows, stored));
  const [checked, setChecked] = useState(false);

  const content = (): ReportContent | null =>
    status
      ? {
          executionStatus: status,
          narrative: {
            ...(ky.trim() ? { ky: ky.trim() } : {}),
            ...(ru.trim() ? { ru: ru.trim() } : {}),
          },
          indicatorValues: valuesOf(rows, entries),
        }
      : null;
  const initial: ReportContent | null = report && {
    executionStatus: report.executionStatus,
    narrative: {
      ...(report.narrative.ky?.trim() ? { ky: report.narrative.ky.trim() } : {}),
      ...(report.narrative.ru?.trim() ? { ru: report.narrative.ru.trim() } : {}),
    },
    indicatorValues: valuesOf(rows, entriesOf(rows, stored)),
  };

  const unitErrors = missingUnits(rows, entries);
  const rangeErrors = outOfRange(rows, entries);
  const errors = {
    status: !status ? t('work.report.statusRequired') : undefined,
    narrative: !ky.trim() && !ru.trim() ? t('work.report.narrativeRequired') : undefined,
  };
  const valid =
    !errors.status && !errors.narrative && unitErrors.length === 0 && rangeErrors.length === 0;

  const save = useMutation({
    mutationFn: async ({ submit }: { submit: boolean }) => {
      const body = content() as ReportContent;
      let saved: MeasureReport;
      let what: 'started' | 'saved' | 'submitted' = 'saved';
      if (!report) {
        saved = await startReport(measureId, periodId, body);
        what = 'started';
      } else if (!initial || !sameContent(body, initial)) {
        saved = await editReport(report.id, body);
      } else {
        saved = report;
      }
      if (submit) {
        saved = await actOnReport(saved.id, 'submit');
        what = 'submitted';
      }
      return { saved, what };
    },
    onSuccess: ({ saved, what }) => onSaved(saved, what),
  });

  const run = (submit: boolean) => {
    setChecked(true);
    if (!valid) return;
    save.mutate({ submit });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(false);
  };
  const shown = (message: string | undefined) => (checked ? message : undefined);
  const problems = indicatorProblems(save.error);
  const unitOf = (code: string) =>
    rows.find((r) => r.code === code)?.unit ?? (entries[code]?.unit || null);
  const current = content();
  const dirty = !initial || !current || !sameContent(current, initial);

  return (
    <Stack data-report-editor={report?.id ?? 'new'}>
      <form id={formId} onSubmit={onSubmit} noValidate>
        <Stack>
          <Radio.Group
            label={t('work.report.executionStatus')}
            required
            value={status}
            onChange={(value) => setStatus(value as ExecutionStatus)}
            error={shown(errors.status)}
            data-execution-status
          >
            <Group mt="xs" gap="md">
              {EXECUTION_STATUSES.map((s) => (
                <Radio key={s} value={s} label={t(`rating.reports.statuses.${s}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Fieldset variant="unstyled" legend={t('work.report.narrative')} styles={LEGEND_STYLES}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('work.report.narrativeHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Textarea
                label={t('work.report.narrativeKy')}
                lang="ky"
                autosize
                minRows={5}
                maxLength={NARRATIVE_MAX}
                value={ky}
                onChange={(e) => setKy(e.currentTarget.value)}
                error={shown(errors.narrative)}
                data-narrative-input="ky"
              />
              <Textarea
                label={t('work.report.narrativeRu')}
                lang="ru"
                autosize
                minRows={5}
                maxLength={NARRATIVE_MAX}
                value={ru}
                onChange={(e) => setRu(e.currentTarget.value)}
                error={shown(errors.narrative)}
                data-narrative-input="ru"
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset variant="unstyled" legend={t('work.report.indicators')} styles={LEGEND_STYLES}>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed" data-no-indicators>
                {t('work.report.noIndicators')}
              </Text>
            ) : (
              <IndicatorInputs
                rows={rows}
                entries={entries}
                onChange={(code, entry) => setEntries((e) => ({ ...e, [code]: entry }))}
                unitErrors={checked ? unitErrors : []}
                rangeErrors={rangeErrors}
              />
            )}
          </Fieldset>
        </Stack>
      </form>
      {children}
      {save.isError && <ErrorAlert error={save.error} />}
      {problems.length > 0 && (
        <ul data-indicator-problems className="akniet-reading">
          {problems.map((p) => (
            <li key={`${p.indicatorCode}-${p.reason}`} data-problem={p.reason ?? 'other'}>
              <Text size="sm">{problemSentence(t, p, unitOf(p.indicatorCode))}</Text>
            </li>
          ))}
        </ul>
      )}
      {checked && !valid && (
        <Text size="sm" c="red.8" role="alert" data-form-invalid>
          {t('work.report.fixErrors')}
        </Text>
      )}
      <Group justify="flex-end" gap="sm">
        {report && dirty && (
          <Text size="sm" c="dimmed" role="status">
            {t('work.report.unsaved')}
          </Text>
        )}
        <Button
          type="submit"
          form={formId}
          variant={report ? 'default' : 'filled'}
          loading={save.isPending && !save.variables?.submit}
          disabled={save.isPending}
          data-action="save"
        >
          {report ? t('work.report.save') : t('work.report.startDraft')}
        </Button>
        {report?.actions.includes('submit') && (
          <Button
            onClick={() => run(true)}
            loading={save.isPending && save.variables?.submit}
            disabled={save.isPending}
            data-action="submit"
          >
            {t('work.report.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
