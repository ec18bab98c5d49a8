import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { localize } from '../format/localized.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { ItemAlternatives } from './alternative/ItemAlternatives.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { ActivityCard } from './strategy/ActivityCard.tsx';
import { ItemBreadcrumbs } from './strategy/ItemBreadcrumbs.tsx';
import { ItemPager } from './strategy/ItemPager.tsx';
import { ItemIndicators } from './strategy/indicators/ItemIndicators.tsx';
import { withoutOwnNumber } from './strategy/numbering.ts';
import { parseItemNumber, usePlanItem } from './strategy/queries.ts';
import { TextList } from './strategy/TextList.tsx';

/** One item of the Strategy's Plan: direction, goals, tasks and every activity in full. */
export function PlanItemPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = parseItemNumber(useParams().number);
  const item = usePlanItem(number);

  if (number === null) return <NotFoundPage />;
  if (item.isError && isApiError(item.error) && item.error.status === 404) {
    return <NotFoundPage />;
  }

  return (
    <Stack gap="xl">
      <div>
        <ItemBreadcrumbs number={number} />
        <PageTitle>{t('strategy.item.title', { number })}</PageTitle>
        {item.data && (
          <Text className="akniet-reading" data-item-direction={item.data.direction.number}>
            <Text span fw={700}>
              {t('strategy.direction', { number: item.data.direction.number })}:
            </Text>{' '}
            {withoutOwnNumber(
              localize(item.data.direction.title, language),
              item.data.direction.number,
            )}
          </Text>
        )}
      </div>

      {item.isPending && <Loading />}
      {item.isError && <ErrorAlert error={item.error} onRetry={() => item.refetch()} />}

      {item.data && (
        <>
          <TextList id="item-goals" title={t('strategy.item.goals')} texts={item.data.goals} />
          <TextList id="item-tasks" title={t('strategy.item.tasks')} texts={item.data.tasks} />
          <section aria-labelledby="item-activities">
            <Title order={2} id="item-activities" mb="sm" fz={{ base: 20, sm: 24 }}>
              {t('strategy.item.activities')}
            </Title>
            <ol className="akniet-plain-list akniet-stack">
              {item.data.activities.map((activity) => (
                <li key={activity.code}>
                  <ActivityCard activity={activity} />
                </li>
              ))}
            </ol>
          </section>
          <ItemIndicators number={number} />
          <Text size="sm" c="dimmed">
            {t('strategy.translationNote')}
          </Text>
          <ItemAlternatives number={number} />
        </>
      )}

      <ItemPager number={number} />
    </Stack>
  );
}
