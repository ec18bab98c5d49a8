import { Card, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExecutionScores } from '../../../api/types.ts';
import { formatCount, formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { nationalTotals } from './totals.ts';

/** The country's key figures: average score, scored, overdue and unverified measures. */
export function ProgressStats({ scores }: { scores: ExecutionScores }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const totals = nationalTotals(scores);
  const stats = [
    {
      key: 'average',
      label: t('dashboard.progress.overall'),
      value:
        totals.average === null
          ? t('dashboard.noData')
          : t('rating.agencyPage.scoreValue', { score: formatScore(totals.average, language) }),
    },
    {
      key: 'measures',
      label: t('dashboard.progress.measures'),
      value: formatCount(totals.measures, language),
    },
    {
      key: 'overdue',
      label: t('dashboard.progress.overdue'),
      value: formatCount(totals.overdue, language),
    },
    {
      key: 'unverified',
      label: t('dashboard.progress.unverified'),
      value: formatCount(totals.unverified, language),
    },
  ];
  return (
    <Card withBorder padding="lg" data-progress-stats>
      <dl className="akniet-stats">
        {stats.map((stat) => (
          <div key={stat.key} data-stat={stat.key}>
            <dt>{stat.label}</dt>
            <dd>
              <Text
                span
                inherit
                c={stat.key === 'overdue' && totals.overdue > 0 ? 'red.9' : undefined}
              >
                {stat.value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
