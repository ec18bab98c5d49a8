import { useTranslation } from 'react-i18next';
import type { ReportOutcome, ReportStatus } from '../../../api/reporting.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

const STATUS_COLORS: Record<ReportStatus, TagColor> = {
  new: 'orange',
  in_progress: 'blue',
  closed: 'gray',
};

/** The report's status in words, with the outcome once it is closed. */
export function ReportStatusTag({
  status,
  outcome,
}: {
  status: ReportStatus;
  outcome?: ReportOutcome | null;
}) {
  const { t } = useTranslation();
  return (
    <span data-report-status={status}>
      <Tag color={STATUS_COLORS[status] ?? 'gray'}>
        {t(`reporting.statuses.${status}`)}
        {outcome ? ` · ${t(`reporting.outcomes.${outcome}`)}` : ''}
      </Tag>
    </span>
  );
}
