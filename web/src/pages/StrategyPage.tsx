import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HeadlineTarget } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { DirectionSection } from './strategy/DirectionSection.tsx';
import { PlanOpenData } from './strategy/PlanOpenData.tsx';
import { useStrategy } from './strategy/queries.ts';
import { TargetCard } from './strategy/TargetCard.tsx';

// The Decree names the ratings target first; the API lists targets by code.
const DECREE_ORDER = ['world-ratings', 'public-trust-index'];
const rank = (target: HeadlineTarget) => {
  const index = DECREE_ORDER.indexOf(target.code);
  return index < 0 ? DECREE_ORDER.length : index;
};
const inDecreeOrder = (targets: HeadlineTarget[]) => [...targets].sort((a, b) => rank(a) - rank(b));

/** A long label wraps on a phone instead of running past the button's edges. */
const BUTTON_WRAPS = {
  root: { height: 'auto', minHeight: 36, paddingBlock: 8 },
  inner: { height: 'auto' },
  label: { whiteSpace: 'normal', lineHeight: 1.35, height: 'auto', overflow: 'visible' },
} as const;

/** The State Anti-Corruption Strategy 2021–2024: headline targets, then the Plan's directions and items. */
export function StrategyPage() {
  const { t } = useTranslation();
  const strategy = useStrategy();
  const data = strategy.data;

  return (
    <Stack gap="xl">
      <section aria-labelledby="strategy-title">
        <PageTitle id="strategy-title">{t('strategy.title')}</PageTitle>
        <Stack gap="sm" className="akniet-reading">
          <Text size="lg" lh={1.6}>
            {t('strategy.intro1')}
          </Text>
          <Text lh={1.6}>{t('strategy.intro2')}</Text>
          <Text size="sm" c="dimmed">
            {t('strategy.translationNote')}
          </Text>
        </Stack>
        <Button
          component={Link}
          to="/strategy/rating"
          variant="light"
          mt="md"
          rightSection={<span aria-hidden="true">→</span>}
          styles={BUTTON_WRAPS}
          data-rating-link
        >
          {t('strategy.seeRating')}
        </Button>
      </section>

      {strategy.isPending && <Loading />}
      {strategy.isError && <ErrorAlert error={strategy.error} onRetry={() => strategy.refetch()} />}

      {data && data.targets.length > 0 && (
        <section aria-labelledby="strategy-targets-title">
          <Title order={2} id="strategy-targets-title" mb="sm" fz={{ base: 20, sm: 24 }}>
            {t('strategy.targetsTitle')}
          </Title>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} className="akniet-plain-list">
            {inDecreeOrder(data.targets).map((target) => (
              <li key={target.code}>
                <TargetCard target={target} />
              </li>
            ))}
          </SimpleGrid>
        </section>
      )}

      {data && (
        <section aria-labelledby="strategy-directions-title">
          <Title order={2} id="strategy-directions-title" mb="md" fz={{ base: 20, sm: 24 }}>
            {t('strategy.directionsTitle')}
          </Title>
          {data.directions.length === 0 ? (
            <Text c="dimmed">{t('strategy.empty')}</Text>
          ) : (
            <Stack gap="xl" maw={880}>
              {data.directions.map((direction) => (
                <DirectionSection key={direction.number} direction={direction} />
              ))}
            </Stack>
          )}
        </section>
      )}

      <PlanOpenData />
    </Stack>
  );
}
