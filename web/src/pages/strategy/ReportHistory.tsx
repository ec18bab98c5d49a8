import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceUrl } from '../../api/endpoints.ts';
import type {
  ExecutionStatus,
  MeasureReport,
  ReportingPeriod,
  ReportState,
} from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Tag, type TagColor } from '../../components/Tag.tsx';
import { formatDate } from '../../format/dates.ts';
import { writtenIn } from '../../format/localized.ts';
import { formatFileSize } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useMeasureReports, useReportEvidence, useReportingPeriods } from './queries.ts';

export const STATE_COLORS: Record<ReportState, TagColor> = {
  draft: 'gray',
  submitted: 'orange',
  returned: 'red',
  verified: 'blue',
  published: 'green',
};

export const STATUS_COLORS: Record<ExecutionStatus, TagColor> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
  cancelled: 'gray',
};

/** The evidence files of a report as download links with their sizes. */
function EvidenceList({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const evidence = useReportEvidence(reportId);
  if (evidence.isPending) return null;
  if (evidence.isError) {
    return <ErrorAlert error={evidence.error} onRetry={() => evidence.refetch()} />;
  }
  const files = evidence.data.items;
  if (files.length === 0) {
    return (
      <Text size="xs" c="dimmed" mt={6} data-evidence-list>
        {t('rating.reports.noEvidence')}
      </Text>
    );
  }
  return (
    <div data-evidence-list>
      <Text size="sm" fw={600} mt="xs">
        {t('rating.reports.evidence')}
      </Text>
      <ul className="akniet-plain-list">
        {files.map((file) => (
          <li key={file.id}>
            <Anchor
              href={evidenceUrl(file.id)}
              download={file.filename}
              size="sm"
              data-evidence={file.id}
              style={{ overflowWrap: 'anywhere' }}
            >
              {file.filename}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              ({formatFileSize(file.sizeBytes, language)})
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One version of the unified report: period, state, execution, text, dates and evidence. */
function ReportVersion({ report, period }: { report: MeasureReport; period?: ReportingPeriod }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const narrative = writtenIn(report.narrative, language);
  const periodLabel = period
    ? t(`rating.reports.periods.${period.kind}`, { year: period.year, number: period.number })
    : t('rating.reports.unknownPeriod');
  const dates = (
    [
      ['submittedAt', report.submittedAt],
      ['reviewedAt', report.reviewedAt],
      ['publishedAt', report.publishedAt],
    ] as const
  ).filter(([, at]) => at);

  return (
    <Paper withBorder p="sm" radius="sm" data-report={report.id} data-report-state={report.state}>
      <Group gap="xs" justify="space-between" align="flex-start">
        <Text fw={700} size="sm">
          {periodLabel} · {t('rating.reports.version', { version: report.version })}
        </Text>
        <Group gap={6}>
          <Tag color={STATE_COLORS[report.state]}>
            <span className="akniet-visually-hidden">{t('rating.reports.stateLabel')}: </span>
            {t(`rating.reports.states.${report.state}`)}
          </Tag>
          <Tag color={STATUS_COLORS[report.executionStatus]}>
            <span className="akniet-visually-hidden">{t('rating.reports.statusLabel')}: </span>
            {t(`rating.reports.statuses.${report.executionStatus}`)}
          </Tag>
        </Group>
      </Group>
      {narrative && (
        <>
          <Text size="sm" mt={6} lang={narrative.lang} className="akniet-reading" data-narrative>
            {narrative.text}
          </Text>
          {narrative.lang !== language && (
            <Text size="xs" c="dimmed">
              {t(narrative.lang === 'ky' ? 'rating.reports.onlyKy' : 'rating.reports.onlyRu')}
            </Text>
          )}
        </>
      )}
      {report.reviewComment && (
        <Text size="sm" mt={6}>
          <Text span fw={600} inherit>
            {t('rating.reports.reviewComment')}:
          </Text>{' '}
          {report.reviewComment}
        </Text>
      )}
      {dates.length > 0 && (
        <Text size="xs" c="dimmed" mt={6}>
          {dates
            .map(([key, at]) => `${t(`rating.reports.${key}`)}: ${formatDate(at, language)}`)
            .join(' · ')}
        </Text>
      )}
      <EvidenceList reportId={report.id} />
    </Paper>
  );
}

/** Every report version on a measure the viewer may see, newest first (the public: published). */
export function ReportHistory({ measureId, headingId }: { measureId: string; headingId: string }) {
  const { t } = useTranslation();
  const reports = useMeasureReports(measureId);
  const periods = useReportingPeriods();
  const byId = new Map((periods.data?.items ?? []).map((p) => [p.id, p]));
  const items = reports.data?.items ?? [];

  return (
    <section aria-labelledby={headingId} data-report-history>
      <Title order={4} id={headingId} fz="sm" mb={6}>
        {t('rating.reports.title')}
      </Title>
      {reports.isPending && <Loading />}
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />}
      {reports.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('rating.reports.none')}
        </Text>
      )}
      {items.some((r) => r.state !== 'published') && (
        <Text size="xs" c="dimmed" mb={6}>
          {t('rating.reports.staffNote')}
        </Text>
      )}
      {items.length > 0 && (
        <ol className="akniet-plain-list akniet-stack-sm">
          {items.map((report) => (
            <li key={report.id}>
              <ReportVersion report={report} period={byId.get(report.periodId)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
