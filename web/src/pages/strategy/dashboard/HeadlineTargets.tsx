import { SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HeadlineTarget } from '../../../api/types.ts';
import { ProgressToTarget } from '../../../components/charts/ProgressToTarget.tsx';
import { formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { TargetCard } from '../TargetCard.tsx';

// The Decree names the ratings target first; the API lists targets by code.
const DECREE_ORDER = ['world-ratings', 'public-trust-index'];
const rank = (target: HeadlineTarget) => {
  const index = DECREE_ORDER.indexOf(target.code);
  return index < 0 ? DECREE_ORDER.length : index;
};
const inDecreeOrder = (targets: readonly HeadlineTarget[]) =>
  [...targets].sort((a, b) => rank(a) - rank(b));

/**
 * The Strategy's section 4 targets, each with its measured value against it. No source publishes
 * a measured value yet, so each says "no data yet": a number appears only once one is measured.
 */
export function HeadlineTargets({ targets }: { targets: readonly HeadlineTarget[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="progress-targets-title">
      <Title order={3} id="progress-targets-title" mb="sm" fz={{ base: 17, sm: 19 }}>
        {t('dashboard.targets.title')}
      </Title>
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} className="akniet-plain-list">
        {inDecreeOrder(targets).map((target) => {
          const { kind, value } = target.change;
          const figure =
            kind === 'improve-up-to-percent'
              ? t('strategy.targetUpToPercent', { value })
              : t('strategy.targetByPercent', { value });
          return (
            <li key={target.code}>
              <TargetCard target={target}>
                <div style={{ marginTop: 12 }} data-target-progress={target.code}>
                  <ProgressToTarget
                    value={null}
                    target={value}
                    targetText={figure}
                    formatValue={(v) => `+${formatScore(v, language)}%`}
                    valueLabel={t('dashboard.targets.measured')}
                    targetLabel={t('dashboard.targets.target')}
                    emptyText={t('dashboard.noData')}
                    emptyReason={t('dashboard.targets.noMeasurement')}
                  />
                </div>
              </TargetCard>
            </li>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
