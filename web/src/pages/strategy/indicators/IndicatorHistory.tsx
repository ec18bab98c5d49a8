import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../api/types.ts';
import { ColumnChart } from '../../../components/charts/ColumnChart.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatIndicatorValue } from './formatIndicatorValue.ts';
import { useIndicatorHistory } from './queries.ts';

/** An indicator's values year by year as columns; a year with nothing measured says so. */
export function IndicatorHistory({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = useIndicatorHistory(indicator.code, true);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />;
  const { unit } = indicator.definition;
  const values = detail.data.history.map((h) => h.value);
  const target = indicator.definition.target?.value;
  return (
    <ColumnChart
      title={t('dashboard.indicators.history')}
      data={detail.data.history.map((h) => ({
        key: h.year,
        label: String(h.year),
        value: h.status === 'value' ? h.value : null,
      }))}
      // Shares on their full 0-100 scale; anything else against the largest value or target.
      max={
        unit === 'percent'
          ? 100
          : Math.max(1, target ?? 0, ...values.filter((v): v is number => v !== null))
      }
      formatValue={(v) => formatIndicatorValue(v, unit, language, t)}
      emptyText={t('dashboard.noData')}
      attributes={{ 'data-indicator-history': indicator.code }}
    />
  );
}
