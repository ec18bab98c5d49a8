import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { DirectionSection } from './strategy/DirectionSection.tsx';
import { ProgressSection } from './strategy/dashboard/ProgressSection.tsx';
import { PlanOpenData } from './strategy/PlanOpenData.tsx';
import { useStrategy } from './strategy/queries.ts';

/** A long label wraps on a phone instead of running past the button's edges. */
const BUTTON_WRAPS = {
  root: { height: 'auto', minHeight: 36, paddingBlock: 8 },
  inner: { height: 'auto' },
  label: { whiteSpace: 'normal', lineHeight: 1.35, height: 'auto', overflow: 'visible' },
} as const;

/**
 * The State Anti-Corruption Strategy 2021–2024: progress (key figures, headline targets, scores by
 * direction and Plan item), then the Plan's directions and items.
 */
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

      {data && <ProgressSection strategy={data} />}

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
