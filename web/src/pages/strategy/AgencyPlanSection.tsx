import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyPlan } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { MeasureCard } from './MeasureCard.tsx';
import { usePlan } from './queries.ts';

/** One plan of an agency: its title, kind and years, then its measures in order of deadline. */
export function AgencyPlanSection({ plan }: { plan: AgencyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const full = usePlan(plan.id);
  const headingId = `plan-${plan.id}`;

  return (
    <section aria-labelledby={headingId} data-plan={plan.id}>
      <Title order={2} id={headingId} fz={{ base: 20, sm: 24 }} lh={1.3} className="akniet-reading">
        {localize(plan.title, language)}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t(`rating.planKinds.${plan.kind}`)} ·{' '}
        {t('rating.agencyPage.years', { from: plan.yearFrom, to: plan.yearTo })}
      </Text>
      {full.isPending && <Loading />}
      {full.isError && <ErrorAlert error={full.error} onRetry={() => full.refetch()} />}
      {full.data &&
        (full.data.measures.length === 0 ? (
          <Text c="dimmed">{t('rating.agencyPage.noMeasures')}</Text>
        ) : (
          <ol className="akniet-plain-list akniet-stack">
            {full.data.measures.map((measure) => (
              <li key={measure.id}>
                <MeasureCard measure={measure} />
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
