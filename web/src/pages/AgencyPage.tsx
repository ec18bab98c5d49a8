import { Anchor, Breadcrumbs, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/ApiError.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { localize } from '../format/localized.ts';
import { formatCount, formatScore } from '../format/numbers.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { AgencyPlanSection } from './strategy/AgencyPlanSection.tsx';
import { AgencyProgress } from './strategy/dashboard/AgencyProgress.tsx';
import {
  parseAgencyId,
  useAgency,
  useAgencyPlans,
  useExecutionScores,
} from './strategy/queries.ts';
import { ScoreBar } from './strategy/ScoreBar.tsx';

/** Strategy › Rating › the agency. */
function AgencyBreadcrumbs({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('strategy.item.breadcrumb')}>
      <Breadcrumbs mb="sm" separatorMargin={6} styles={{ root: { flexWrap: 'wrap' } }}>
        <Anchor component={Link} to="/strategy" size="sm">
          {t('nav.strategy')}
        </Anchor>
        <Anchor component={Link} to="/strategy/rating" size="sm">
          {t('nav.rating')}
        </Anchor>
        <Text size="sm" c="gray.8" aria-current="page">
          {name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

/** Its place in the national rating: rank, score and counts, or why it has none. */
function AgencyStanding({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scores = useExecutionScores();
  if (scores.isPending) return <Loading />;
  if (scores.isError) return <ErrorAlert error={scores.error} onRetry={() => scores.refetch()} />;
  const standing = scores.data.agencies.find((a) => a.agencyId === agencyId);
  if (!standing) {
    return (
      <Text c="dimmed" data-not-rated>
        {t('rating.agencyPage.notRated')}
      </Text>
    );
  }
  const stats = [
    { key: 'measures', label: t('rating.measures'), value: standing.measures },
    { key: 'overdue', label: t('rating.overdue'), value: standing.overdue },
    { key: 'unverified', label: t('rating.unverified'), value: standing.unverified },
  ];
  return (
    <Card withBorder padding="lg" data-standing>
      <dl className="akniet-stats">
        <div className="akniet-stats-wide">
          <dt>{t('rating.score')}</dt>
          <dd>
            <Group gap="md" wrap="nowrap" maw={480}>
              <Text span fz={{ base: 22, sm: 26 }} fw={800} lh={1.2} data-score>
                {standing.score === null
                  ? t('common.none')
                  : t('rating.agencyPage.scoreValue', {
                      score: formatScore(standing.score, language),
                    })}
              </Text>
              <ScoreBar score={standing.score} size="md" />
            </Group>
          </dd>
        </div>
        <div>
          <dt>{t('rating.agencyPage.rank')}</dt>
          <dd data-rank={standing.rank}>
            {t('rating.agencyPage.rankValue', {
              rank: formatCount(standing.rank, language),
              total: formatCount(scores.data.agencies.length, language),
            })}
          </dd>
        </div>
        {stats.map((stat) => (
          <div key={stat.key}>
            <dt>{stat.label}</dt>
            <dd>{formatCount(stat.value, language)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** One agency: its standing in the national rating and its plans with every measure and report. */
export function AgencyPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = parseAgencyId(useParams().id);
  const agency = useAgency(id);
  const plans = useAgencyPlans(id);

  if (id === null) return <NotFoundPage />;
  if (agency.isError && isApiError(agency.error) && agency.error.status === 404) {
    return <NotFoundPage />;
  }
  const name = agency.data ? localize(agency.data.name, language) : '';
  const shortName = agency.data ? localize(agency.data.shortName, language) || name : '';

  return (
    <Stack gap="xl">
      <div>
        <AgencyBreadcrumbs name={shortName || t('rating.agencyPage.fallbackTitle')} />
        <PageTitle>{name || t('rating.agencyPage.fallbackTitle')}</PageTitle>
        {agency.isError && <ErrorAlert error={agency.error} onRetry={() => agency.refetch()} />}
        <AgencyStanding agencyId={id} />
      </div>

      {plans.isPending && <Loading />}
      {plans.isError && <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} />}
      {plans.data &&
        (plans.data.items.length === 0 ? (
          <Text c="dimmed">{t('rating.agencyPage.noPlans')}</Text>
        ) : (
          <>
            <AgencyProgress plans={plans.data.items} />
            {plans.data.items.map((plan) => (
              <AgencyPlanSection key={plan.id} plan={plan} />
            ))}
          </>
        ))}
    </Stack>
  );
}
