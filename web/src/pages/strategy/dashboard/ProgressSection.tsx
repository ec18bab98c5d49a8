import './dashboard.css';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExecutionScores, GroupScore, StrategyOverview } from '../../../api/types.ts';
import { BarChart, type BarDatum } from '../../../components/charts/BarChart.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { withoutOwnNumber } from '../numbering.ts';
import { useExecutionScores } from '../queries.ts';
import { HeadlineTargets } from './HeadlineTargets.tsx';
import { ProgressStats } from './ProgressStats.tsx';

/** The charts' shared wording: a score out of 100, or "no data yet" when nothing is scored. */
function useScoreChart() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    max: 100,
    formatValue: (score: number) => formatScore(score, language),
    valueLabel: t('dashboard.score'),
    valueSuffix: t('dashboard.outOf100'),
    emptyText: t('dashboard.noData'),
    counts: (group: GroupScore | undefined) =>
      group
        ? t('rating.groupCounts', {
            measures: group.measures,
            overdue: group.overdue,
            unverified: group.unverified,
          })
        : t('dashboard.noScoredMeasures'),
  };
}

/** Every direction and every Plan item of the Plan, scored or not, in the Plan's order. */
function chartData(strategy: StrategyOverview, scores: ExecutionScores) {
  const byDirection = new Map(scores.directions.map((d) => [d.directionNumber, d]));
  const byItem = new Map(scores.items.map((i) => [i.itemNumber, i]));
  return {
    directions: strategy.directions.map((direction) => ({
      direction,
      group: byDirection.get(direction.number),
    })),
    items: strategy.directions
      .flatMap((direction) => direction.items)
      .sort((a, b) => a.number - b.number)
      .map((item) => ({ item, group: byItem.get(item.number) })),
  };
}

/**
 * The top of the Strategy page: the country's key figures, the headline targets, and the
 * execution score of each direction and each Plan item, the items linking to their pages.
 */
export function ProgressSection({ strategy }: { strategy: StrategyOverview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scores = useExecutionScores();
  const { counts, ...scale } = useScoreChart();
  const data = scores.data;
  const rows = data ? chartData(strategy, data) : null;

  const directionBars: BarDatum[] = (rows?.directions ?? []).map(({ direction, group }) => ({
    key: direction.number,
    label: t('strategy.direction', { number: direction.number }),
    detail: withoutOwnNumber(localize(direction.title, language), direction.number),
    value: group?.score ?? null,
    meta: counts(group),
    href: `#direction-${direction.number}`,
    attributes: { 'data-direction-bar': direction.number },
  }));
  const itemBars: BarDatum[] = (rows?.items ?? []).map(({ item, group }) => ({
    key: item.number,
    label: t('strategy.item.short', { number: item.number }),
    detail: localize(item.goals[0], language),
    value: group?.score ?? null,
    meta: counts(group),
    href: `/strategy/items/${item.number}`,
    attributes: { 'data-item-bar': item.number },
  }));

  return (
    <section aria-labelledby="progress-title" data-progress-section>
      <Title order={2} id="progress-title" mb="xs" fz={{ base: 20, sm: 24 }}>
        {t('dashboard.progress.title')}
      </Title>
      <Text className="akniet-reading" mb="xs">
        {t('dashboard.progress.intro')}
      </Text>
      {data && (
        <Text size="sm" c="dimmed" mb="md" data-as-of>
          {t('rating.asOf', { time: formatDateTime(data.asOf, language) })}
        </Text>
      )}
      {scores.isPending && <Loading />}
      {scores.isError && <ErrorAlert error={scores.error} onRetry={() => scores.refetch()} />}
      <Stack gap="xl">
        {data && <ProgressStats scores={data} />}
        {strategy.targets.length > 0 && <HeadlineTargets targets={strategy.targets} />}
        {data && (
          <>
            <BarChart
              title={t('dashboard.progress.byDirection')}
              data={directionBars}
              note={t('dashboard.progress.directionsNote')}
              attributes={{ 'data-chart': 'directions' }}
              {...scale}
            />
            <BarChart
              title={t('dashboard.progress.byItem')}
              data={itemBars}
              note={t('dashboard.progress.itemsNote')}
              attributes={{ 'data-chart': 'items' }}
              {...scale}
            />
          </>
        )}
        <Anchor component={Link} to="/strategy/indicators" fw={600} data-indicators-link>
          {t('dashboard.progress.indicatorsLink')} <span aria-hidden="true">→</span>
        </Anchor>
      </Stack>
    </section>
  );
}
