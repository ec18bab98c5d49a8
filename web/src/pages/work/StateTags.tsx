import { useTranslation } from 'react-i18next';
import type { ExecutionStatus, ReportState } from '../../api/types.ts';
import { Tag } from '../../components/Tag.tsx';
import { STATE_COLORS, STATUS_COLORS } from '../strategy/ReportHistory.tsx';

/** The report's state in words (not only colour), named for screen readers. */
export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  return (
    <span data-state={state}>
      <Tag color={STATE_COLORS[state]}>
        <span className="akniet-visually-hidden">{t('rating.reports.stateLabel')}: </span>
        {t(`rating.reports.states.${state}`)}
      </Tag>
    </span>
  );
}

export function ExecutionStatusTag({ status }: { status: ExecutionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]}>
      <span className="akniet-visually-hidden">{t('rating.reports.statusLabel')}: </span>
      {t(`rating.reports.statuses.${status}`)}
    </Tag>
  );
}

/** Open or closed: a reporting window. */
export function WindowTag({ open }: { open: boolean }) {
  const { t } = useTranslation();
  return (
    <span data-window={open ? 'open' : 'closed'}>
      <Tag color={open ? 'green' : 'gray'}>
        {open ? t('work.periods.open') : t('work.periods.closed')}
      </Tag>
    </span>
  );
}
