import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyTimeliness } from '../../../api/types.ts';
import { BarChart } from '../../../components/charts/BarChart.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { localize } from '../../../format/localized.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { PlanRequirement } from '../PlanRequirement.tsx';
import { formatPercent, percentOf } from '../percent.ts';
import { useReportingTimeliness } from '../queries.ts';
import { useYearParam } from '../useYearParam.ts';
import { YearSelect } from '../YearSelect.tsx';
import { TimelinessTable } from './TimelinessTable.tsx';

/** How many agencies the chart shows before "show all". */
const CHART_ROWS = 8;

function totals(agencies: readonly AgencyTimeliness[]) {
  const sum = (pick: (a: AgencyTimeliness) => number) => agencies.reduce((s, a) => s + pick(a), 0);
  return {
    due: sum((a) => a.due),
    onTime: sum((a) => a.onTime),
    late: sum((a) => a.late),
    missing: sum((a) => a.missing),
  };
}

/** Plan item 11: whether the agencies' anti-corruption officers report on time, by year. */
export function TimelinessSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { year, setYear, sort, setSort } = useYearParam('agency');
  const timeliness = useReportingTimeliness(year);
  const data = timeliness.data;
  const agencies = data?.agencies ?? [];
  const sum = totals(agencies);
  const share = percentOf(sum.onTime, sum.due);
  const count = (n: number) => formatCount(n, language);

  return (
    <Stack gap="lg">
      <Title order={2} fz={{ base: 20, sm: 24 }}>
        {t('registers.timeliness.title')}
      </Title>
      <PlanRequirement item={11} requirement={t('registers.timeliness.requirement')} />
      <Text className="akniet-reading" size="sm">
        {t('registers.timeliness.note')}
      </Text>
      <YearSelect value={year} onChange={(y) => setYear(y)} />
      {timeliness.isPending && <Loading />}
      {timeliness.isError && (
        <ErrorAlert error={timeliness.error} onRetry={() => timeliness.refetch()} />
      )}
      {data && (
        <Stack gap="lg" aria-busy={timeliness.isFetching || undefined} data-timeliness={data.year}>
          {sum.due === 0 ? (
            <Text c="dimmed" data-timeliness-empty>
              {t('registers.timeliness.empty', { year: data.year })}
            </Text>
          ) : (
            <>
              <Text fw={600} className="akniet-reading" data-timeliness-summary>
                {t('registers.timeliness.summary', {
                  year: data.year,
                  agencies: count(agencies.length),
                  due: count(sum.due),
                  onTime: count(sum.onTime),
                  share: share === null ? t('common.none') : formatPercent(share, language),
                  late: count(sum.late),
                  missing: count(sum.missing),
                })}
              </Text>
              <BarChart
                title={t('registers.timeliness.chartTitle', { year: data.year })}
                data={agencies.map((a) => ({
                  key: a.agencyId,
                  label: localize(a.agencyName, language),
                  value: a.onTimeShare,
                  target: 100,
                  meta: t('registers.timeliness.chartMeta', {
                    due: count(a.due),
                    late: count(a.late),
                    missing: count(a.missing),
                  }),
                }))}
                max={100}
                formatValue={(value) => formatPercent(value, language)}
                valueLabel={t('registers.timeliness.share')}
                emptyText={t('registers.timeliness.noneDue')}
                note={t('registers.timeliness.chartNote')}
                limit={CHART_ROWS}
                showAllText={(n) => t('registers.showAll', { count: n })}
                showFewerText={t('registers.showFewer')}
                attributes={{ 'data-chart': 'timeliness' }}
              />
              <TimelinessTable agencies={agencies} sort={sort} onSort={setSort} />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
