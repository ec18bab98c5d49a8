import './dashboard.css';
import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getMeasureScore, getPlan } from '../../../api/endpoints.ts';
import type { AgencyPlan, Measure, ScoreComponentName } from '../../../api/types.ts';
import { BarChart } from '../../../components/charts/BarChart.tsx';
import { StackedBar } from '../../../components/charts/StackedBar.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatPercent } from '../indicators/formatIndicatorValue.ts';
import {
  componentMeans,
  MEASURE_STATUSES,
  type MeasureStatus,
  measureStatus,
} from './measureStatus.ts';

const STATUS_COLORS: Record<MeasureStatus, string> = {
  done: 'green.7',
  in_progress: 'blue.6',
  not_started: 'yellow.5',
  overdue: 'red.8',
  no_report: 'gray.4',
  cancelled: 'gray.7',
};

const COMPONENTS: readonly ScoreComponentName[] = [
  'status',
  'timeliness',
  'verification',
  'indicators',
];

/**
 * An agency's measures by execution status (a stacked bar and, under it, the measures of each
 * status linking to their cards below with reports and evidence) and what its score is made of.
 * Plans and scores are the same queries the measure cards use, so nothing is fetched twice.
 */
export function AgencyProgress({ plans }: { plans: readonly AgencyPlan[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const planQueries = useQueries({
    queries: plans.map((plan) => ({
      queryKey: ['plans', 'one', plan.id],
      queryFn: () => getPlan(plan.id),
    })),
  });
  const measures: Measure[] = planQueries.flatMap((q) => q.data?.measures ?? []);
  const scoreQueries = useQueries({
    queries: measures.map((measure) => ({
      queryKey: ['measures', measure.id, 'score'],
      queryFn: () => getMeasureScore(measure.id),
    })),
  });

  const failed = [...planQueries, ...scoreQueries].find((q) => q.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => failed.refetch()} />;
  if (planQueries.some((q) => q.isPending) || scoreQueries.some((q) => q.isPending)) {
    return <Loading />;
  }
  if (measures.length === 0) return null;

  const scores = scoreQueries.map((q) => q.data!);
  const grouped = new Map<MeasureStatus, Measure[]>(MEASURE_STATUSES.map((s) => [s, []]));
  measures.forEach((measure, index) => {
    grouped.get(measureStatus(scores[index]!))!.push(measure);
  });
  const means = new Map(componentMeans(scores).map((c) => [c.component, c]));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" data-agency-progress>
      <Card withBorder padding="lg">
        <StackedBar
          title={t('dashboard.agency.statusTitle')}
          titleOrder={2}
          segments={MEASURE_STATUSES.map((status) => ({
            key: status,
            label: t(`dashboard.agency.statuses.${status}`),
            value: grouped.get(status)!.length,
            color: STATUS_COLORS[status],
          }))}
          formatValue={(n) => formatCount(n, language)}
          emptyText={t('rating.agencyPage.noMeasures')}
          attributes={{ 'data-chart': 'statuses' }}
        />
        <Text size="sm" c="dimmed" mt="sm" className="akniet-reading">
          {t('dashboard.agency.statusNote')}
        </Text>
        <Title order={3} fz="sm" mt="md" mb={4}>
          {t('dashboard.agency.measuresTitle')}
        </Title>
        {MEASURE_STATUSES.filter((status) => grouped.get(status)!.length > 0).map((status) => (
          <details key={status} className="akniet-status-group" data-status-group={status}>
            <summary>
              {t('dashboard.agency.groupSummary', {
                status: t(`dashboard.agency.statuses.${status}`),
                count: formatCount(grouped.get(status)!.length, language),
              })}
            </summary>
            <ul className="akniet-reading-list">
              {grouped.get(status)!.map((measure) => (
                <li key={measure.id}>
                  <Anchor href={`#measure-${measure.id}`} size="sm" data-measure-link={measure.id}>
                    {localize(measure.title, language)}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {t('rating.measure.deadline')}: {formatDate(measure.deadline, language)}
                  </Text>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </Card>
      <Card withBorder padding="lg">
        <BarChart
          title={t('dashboard.agency.breakdownTitle')}
          titleOrder={2}
          data={COMPONENTS.map((component) => {
            const mean = means.get(component)?.mean ?? null;
            return {
              key: component,
              label: t('dashboard.agency.component', {
                name: t(`rating.components.${component}`),
                weight: means.get(component)?.weight ?? '',
              }),
              value: mean === null ? null : Math.round(mean * 1000) / 10,
              attributes: { 'data-component-bar': component },
            };
          })}
          max={100}
          formatValue={(percent) => formatPercent(percent, language)}
          valueLabel={t('dashboard.agency.average')}
          emptyText={t('dashboard.agency.notApplicable')}
          note={t('dashboard.agency.breakdownNote')}
          attributes={{ 'data-chart': 'breakdown' }}
        />
      </Card>
    </SimpleGrid>
  );
}
