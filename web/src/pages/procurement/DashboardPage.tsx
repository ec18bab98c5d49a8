import { Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProcurementDimension } from '../../api/types.ts';
import { BarChart } from '../../components/charts/BarChart.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { formatCount } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { type DashboardGroup, DashboardTable } from './DashboardTable.tsx';
import { formatShare } from './format.ts';
import { useDashboard } from './queries.ts';
import { categoryText, methodText } from './terms.ts';

const DIMENSIONS = ['region', 'category', 'method'] as const satisfies ProcurementDimension[];
const isDimension = (value: string | null): value is ProcurementDimension =>
  (DIMENSIONS as readonly string[]).includes(value ?? '');

/**
 * Procurement by region, category (CPV division) or method for a year: how many tenders and
 * their value, how often a single bidder, how often red-flagged, and the mean risk index; a
 * table with every figure and bars for the two risks. Regions and methods link to their tenders.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const byParam = params.get('by');
  const by: ProcurementDimension = isDimension(byParam) ? byParam : 'region';
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : null;
  const dashboard = useDashboard(by, year);
  const data = dashboard.data;
  // A year from the address stays choosable even when the data has none for it.
  const known = data?.years ?? [];
  const years = year !== null && !known.includes(year) ? [year, ...known] : known;
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const groups: DashboardGroup[] = (data?.groups ?? []).map((g) => {
    const filter = new URLSearchParams(year === null ? {} : { year: String(year) });
    if (g.key !== null && by !== 'category') filter.set(by, g.key);
    return {
      ...g,
      label:
        by === 'category'
          ? categoryText(t, g.key)
          : by === 'method'
            ? methodText(t, g.key, null)
            : (g.key ?? t('procurement.unknown')),
      href: g.key !== null && by !== 'category' ? `/procurement?${filter.toString()}` : null,
    };
  });
  const bars = (value: (g: DashboardGroup) => number | null) =>
    groups.map((g) => ({
      key: g.key ?? '',
      label: g.label,
      value: value(g) === null ? null : Math.round((value(g) as number) * 1000) / 10,
      href: g.href ?? undefined,
      meta: t('procurement.dashboard.tendersMeta', { count: formatCount(g.tenders, language) }),
    }));
  const d = 'procurement.dashboard' as const;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t(`${d}.title`)}</PageTitle>
        <Text className="akniet-reading">{t(`${d}.intro`)}</Text>
      </div>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t(`${d}.by`)}
          value={by}
          onChange={(event) => set('by', event.currentTarget.value)}
          data={DIMENSIONS.map((dim) => ({ value: dim, label: t(`${d}.dimensions.${dim}`) }))}
          w={{ base: '100%', xs: 220 }}
          data-filter="by"
        />
        <YearSelect
          value={year}
          onChange={(y) => set('year', y === null ? null : String(y))}
          years={years}
          label={t('procurement.year')}
          allLabel={t('procurement.allYears')}
        />
      </Group>
      {dashboard.isError && (
        <ErrorAlert error={dashboard.error} onRetry={() => dashboard.refetch()} />
      )}
      {dashboard.isPending && <Loading />}
      {data &&
        (groups.length === 0 ? (
          <Text c="dimmed" data-dashboard-empty>
            {t(`${d}.empty`)}
          </Text>
        ) : (
          <div aria-busy={dashboard.isFetching || undefined}>
            <Stack gap="lg">
              <DashboardTable groups={groups} />
              <Text size="sm" c="gray.7" className="akniet-reading">
                {t(`${d}.valueNote`)}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
                <BarChart
                  title={t(`${d}.riskChart`)}
                  titleOrder={2}
                  data={bars((g) => g.meanRisk)}
                  max={100}
                  formatValue={(v) => formatShare(v / 100, language)}
                  valueLabel={t(`${d}.riskValue`)}
                  emptyText={t('procurement.profile.noData')}
                  attributes={{ 'data-risk-bars': groups.length }}
                />
                <BarChart
                  title={t(`${d}.singleChart`)}
                  titleOrder={2}
                  data={bars((g) => g.singleBidderShare)}
                  max={100}
                  formatValue={(v) => formatShare(v / 100, language)}
                  valueLabel={t(`${d}.shareValue`)}
                  emptyText={t('procurement.profile.noData')}
                  attributes={{ 'data-single-bars': groups.length }}
                />
              </SimpleGrid>
            </Stack>
          </div>
        ))}
    </Stack>
  );
}
