import { useTranslation } from 'react-i18next';
import type { AgencyScore } from '../../../api/types.ts';
import { BarChart, type BarDatum } from '../../../components/charts/BarChart.tsx';
import { localize } from '../../../format/localized.ts';
import { formatCount, formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** How many agencies the chart shows before "show all": the top of the rating fits a screen. */
const TOP = 10;

/** The national rating as bars, best first, each agency linking to its page. */
export function RatingChart({ agencies }: { agencies: readonly AgencyScore[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const bars: BarDatum[] = agencies.map((agency) => ({
    key: agency.agencyId,
    label: `${formatCount(agency.rank, language)}. ${
      agency.agencyName ? localize(agency.agencyName, language) : t('rating.noName')
    }`,
    value: agency.score,
    meta: t('rating.groupCounts', {
      measures: agency.measures,
      overdue: agency.overdue,
      unverified: agency.unverified,
    }),
    href: `/strategy/agencies/${agency.agencyId}`,
    attributes: { 'data-agency-bar': agency.agencyId },
  }));
  return (
    <BarChart
      title={t('dashboard.rating.chartTitle')}
      titleOrder={2}
      data={bars}
      max={100}
      formatValue={(score) => formatScore(score, language)}
      valueLabel={t('dashboard.score')}
      valueSuffix={t('dashboard.outOf100')}
      emptyText={t('dashboard.noData')}
      note={t('dashboard.rating.chartNote')}
      limit={TOP}
      showAllText={(count) => t('dashboard.showAll', { count })}
      showFewerText={t('dashboard.showFewer')}
      attributes={{ 'data-chart': 'rating' }}
    />
  );
}
