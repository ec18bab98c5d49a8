import { Anchor, Box, Card, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Measure } from '../../api/types.ts';
import { formatDate } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { MeasureAlternatives } from '../alternative/MeasureAlternatives.tsx';
import { MeasureScoreDetails } from './MeasureScoreDetails.tsx';
import { ReportHistory } from './ReportHistory.tsx';

/** "16.5" -> 16: the Plan item an activity belongs to. */
const itemOf = (activityCode: string) => Number.parseInt(activityCode, 10);

/** One measure of an agency's plan: what, which Plan activity, by when, for how much, how it scores. */
export function MeasureCard({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `measure-${measure.id}`;
  const notStated = t('rating.measure.notStated');

  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={headingId}
      data-measure={measure.id}
    >
      <Title order={3} id={headingId} fz="md" lh={1.4} className="akniet-reading">
        {localize(measure.title, language)}
      </Title>
      <dl className="akniet-facts">
        <dt>{t('rating.measure.activity')}</dt>
        <dd>
          {measure.activityCode ? (
            <Anchor
              component={Link}
              to={`/strategy/items/${itemOf(measure.activityCode)}`}
              inherit
              data-activity-link={measure.activityCode}
            >
              {t('strategy.item.activity', { code: measure.activityCode })}
            </Anchor>
          ) : (
            t('rating.measure.noActivity')
          )}
        </dd>
        <dt>{t('rating.measure.deadline')}</dt>
        <dd>{formatDate(measure.deadline, language)}</dd>
        <dt>{t('rating.measure.plannedBudget')}</dt>
        <dd data-budget>
          {measure.plannedBudget ? formatMoney(measure.plannedBudget, language) : notStated}
        </dd>
        {measure.executedBudget && (
          <>
            <dt>{t('rating.measure.executedBudget')}</dt>
            <dd>{formatMoney(measure.executedBudget, language)}</dd>
          </>
        )}
      </dl>
      <Box mt="md" maw={560}>
        <MeasureScoreDetails measureId={measure.id} headingId={`${headingId}-score`} />
      </Box>
      {/* The official view and civil society's, side by side (stacked on narrow screens). */}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="md">
        <ReportHistory measureId={measure.id} headingId={`${headingId}-reports`} />
        <MeasureAlternatives
          measure={measure}
          headingId={`${headingId}-alternative`}
          measureHeadingId={headingId}
        />
      </SimpleGrid>
    </Card>
  );
}
