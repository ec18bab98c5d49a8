import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { formatDateTime } from '../format/dates.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { RatingChart } from './strategy/dashboard/RatingChart.tsx';
import { GroupScores } from './strategy/GroupScores.tsx';
import { useExecutionScores } from './strategy/queries.ts';
import { RatingTable } from './strategy/RatingTable.tsx';

/** The national rating of agencies (Plan item 2, Strategy sections 10-11) and its method. */
export function RatingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const scores = useExecutionScores();
  const data = scores.data;

  return (
    <Stack gap="xl">
      <section aria-labelledby="rating-title">
        <PageTitle id="rating-title">{t('rating.title')}</PageTitle>
        <Stack gap="xs" className="akniet-reading">
          <Text size="lg" lh={1.6}>
            {t('rating.intro')}
          </Text>
          {data && (
            <Text size="sm" c="dimmed" data-as-of>
              {t('rating.asOf', { time: formatDateTime(data.asOf, language) })}
            </Text>
          )}
        </Stack>
      </section>

      {scores.isPending && <Loading />}
      {scores.isError && <ErrorAlert error={scores.error} onRetry={() => scores.refetch()} />}

      {data &&
        (data.agencies.length === 0 ? (
          <Text c="dimmed" data-rating-empty>
            {t('rating.empty')}
          </Text>
        ) : (
          <Stack gap="xl">
            <RatingChart agencies={data.agencies} />
            <Stack gap="sm">
              <RatingTable agencies={data.agencies} />
            </Stack>
          </Stack>
        ))}

      <Paper component="section" aria-labelledby="rating-method" withBorder p="lg" bg="gray.0">
        <Title order={2} id="rating-method" mb="xs" fz={{ base: 18, sm: 20 }}>
          {t('rating.methodTitle')}
        </Title>
        <Text className="akniet-reading">{t('rating.method')}</Text>
      </Paper>

      {data && data.agencies.length > 0 && <GroupScores scores={data} />}
    </Stack>
  );
}
