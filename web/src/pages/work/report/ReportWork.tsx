import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeasureReport } from '../../../api/types.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ExecutionStatusTag, ReportStateTag } from '../StateTags.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import type { IndicatorField } from './indicators.ts';
import { ReportActions } from './ReportActions.tsx';
import { ReportContentView } from './ReportContentView.tsx';
import { ReportEditor } from './ReportEditor.tsx';

/** What the state means for the person looking at it. */
function StateNote({ report }: { report: MeasureReport }) {
  const { t } = useTranslation();
  const reviewing = report.actions.includes('verify');
  const note =
    report.state === 'submitted'
      ? reviewing
        ? t('work.report.reviewHint')
        : t('work.report.waitingReview')
      : report.state === 'verified'
        ? report.actions.includes('publish')
          ? t('work.report.publishHint')
          : t('work.report.verifiedNote')
        : report.state === 'published'
          ? t('work.report.publishedNote')
          : null;
  return note ? (
    <Text size="sm" c="dimmed" data-state-note>
      {note}
    </Text>
  ) : null;
}

/**
 * The newest version of the report on a measure for one period, as its viewer may work on it:
 * the officer edits, attaches evidence and submits; the coordinator returns, verifies, publishes.
 */
export function ReportWork({
  report,
  periodLabel,
  fields,
  onChanged,
}: {
  report: MeasureReport;
  periodLabel: string;
  fields: IndicatorField[];
  onChanged: (report: MeasureReport, message: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const editable = report.actions.includes('edit');
  const headingId = `report-${report.id}`;
  const dates = (
    [
      ['submittedAt', report.submittedAt],
      ['reviewedAt', report.reviewedAt],
      ['publishedAt', report.publishedAt],
    ] as const
  ).filter(([, at]) => at);

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={headingId}
      data-report-work={report.id}
      data-report-state={report.state}
      data-report-version={report.version}
    >
      <Stack>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} fz="lg" id={headingId}>
            {t('work.report.heading', { period: periodLabel, version: report.version })}
          </Title>
          <Group gap={6}>
            <ReportStateTag state={report.state} />
            <ExecutionStatusTag status={report.executionStatus} />
          </Group>
        </Group>
        {dates.length > 0 && (
          <Text size="xs" c="dimmed">
            {dates
              .map(([key, at]) => `${t(`rating.reports.${key}`)}: ${formatDateTime(at, language)}`)
              .join(' · ')}
          </Text>
        )}
        {report.reviewComment && (
          <Alert
            color={report.state === 'returned' ? 'orange' : 'gray'}
            variant="light"
            title={t('rating.reports.reviewComment')}
            data-review-comment
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {report.reviewComment}
            </Text>
            {report.state === 'returned' && (
              <Text size="sm" mt={4} fw={600}>
                {t('work.report.returnedNote')}
              </Text>
            )}
          </Alert>
        )}
        <StateNote report={report} />
        {editable ? (
          <ReportEditor
            key={`${report.id}:${report.state}`}
            measureId={report.measureId}
            periodId={report.periodId}
            report={report}
            fields={fields}
            onSaved={(saved, what) =>
              onChanged(
                saved,
                what === 'submitted' ? t('work.report.submitted') : t('work.report.saved'),
              )
            }
          >
            <EvidencePanel reportId={report.id} editable />
          </ReportEditor>
        ) : (
          <>
            <ReportContentView report={report} fields={fields} />
            <EvidencePanel reportId={report.id} editable={false} />
          </>
        )}
        <ReportActions
          report={report}
          onDone={(updated, action) => onChanged(updated, t(`work.actions.done.${action}`))}
        />
      </Stack>
    </Card>
  );
}
