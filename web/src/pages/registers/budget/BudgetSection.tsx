import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar } from '../../../components/charts/Bar.tsx';
import { BarChart } from '../../../components/charts/BarChart.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { localize } from '../../../format/localized.ts';
import { formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { PlanRequirement } from '../PlanRequirement.tsx';
import { formatPercent } from '../percent.ts';
import { useBudgetExecution } from '../queries.ts';
import { useYearParam } from '../useYearParam.ts';
import { YearSelect } from '../YearSelect.tsx';
import { BandTag } from './BandTag.tsx';
import { BudgetTable } from './BudgetTable.tsx';
import { sumAmounts } from './sumAmounts.ts';

/** How many agencies the chart shows before "show all". */
const CHART_ROWS = 8;

/** The bars' scale: 100%, or more when an agency spent beyond its plan. */
const scaleOf = (shares: readonly (number | null)[]) => Math.max(100, ...shares.map((s) => s ?? 0));

/** Plan item 20: the anti-corruption budget executed against planned, nationally and per agency. */
export function BudgetSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { year, setYear, sort, setSort } = useYearParam('agency');
  const budget = useBudgetExecution(year);
  const data = budget.data;

  return (
    <Stack gap="lg">
      <Title order={2} fz={{ base: 20, sm: 24 }}>
        {t('registers.budget.title')}
      </Title>
      <PlanRequirement item={20} requirement={t('registers.budget.requirement')} />
      <Text className="akniet-reading" size="sm">
        {t('registers.budget.note')}
      </Text>
      <YearSelect value={year} onChange={(y) => setYear(y)} />
      {budget.isPending && <Loading />}
      {budget.isError && <ErrorAlert error={budget.error} onRetry={() => budget.refetch()} />}
      {data && (
        <Stack gap="lg" aria-busy={budget.isFetching || undefined} data-budget={data.year}>
          {data.agencies.length === 0 ? (
            <Text c="dimmed" data-budget-empty>
              {t('registers.budget.empty', { year: data.year })}
            </Text>
          ) : (
            <>
              <Paper withBorder p="md" radius="md" data-national-share={data.executionShare ?? ''}>
                <Text fw={600}>{t('registers.budget.national', { year: data.year })}</Text>
                <Group gap="md" mt={4} align="center" wrap="wrap">
                  <span className="akniet-register-figure">
                    {data.executionShare === null
                      ? t('common.none')
                      : formatPercent(data.executionShare, language)}
                  </span>
                  <BandTag
                    within={
                      data.executionShare === null
                        ? null
                        : data.executionShare >= data.band.from &&
                          data.executionShare <= data.band.to
                    }
                  />
                </Group>
                <div style={{ maxWidth: 420, marginTop: 8 }}>
                  <Bar
                    value={data.executionShare}
                    max={scaleOf([data.executionShare])}
                    target={data.band.from}
                  />
                </div>
                <Text size="sm" c="dimmed" mt={6}>
                  {t('registers.budget.bandText', { from: data.band.from, to: data.band.to })}
                  {' · '}
                  {t('registers.budget.totals', {
                    planned: formatMoney(
                      {
                        amount: sumAmounts(data.agencies.map((a) => a.planned.amount)),
                        currency: 'KGS',
                      },
                      language,
                    ),
                    executed: formatMoney(
                      {
                        amount: sumAmounts(data.agencies.map((a) => a.executed.amount)),
                        currency: 'KGS',
                      },
                      language,
                    ),
                  })}
                </Text>
              </Paper>
              <BarChart
                title={t('registers.budget.chartTitle', { year: data.year })}
                data={data.agencies.map((a) => ({
                  key: a.agencyId,
                  label: localize(a.agencyName, language),
                  value: a.executionShare,
                  target: data.band.from,
                }))}
                max={scaleOf(data.agencies.map((a) => a.executionShare))}
                formatValue={(value) => formatPercent(value, language)}
                valueLabel={t('registers.budget.share')}
                emptyText={t('registers.budget.noPlanned')}
                note={t('registers.budget.chartNote', { from: data.band.from })}
                limit={CHART_ROWS}
                showAllText={(n) => t('registers.showAll', { count: n })}
                showFewerText={t('registers.showFewer')}
                attributes={{ 'data-chart': 'budget' }}
              />
              <BudgetTable agencies={data.agencies} sort={sort} onSort={setSort} />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
