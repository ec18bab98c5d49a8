import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScoreComponent, ScoreComponentName } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formatScore } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useMeasureScore } from './queries.ts';
import { ScoreBar } from './ScoreBar.tsx';

const COMPONENTS: readonly ScoreComponentName[] = [
  'status',
  'timeliness',
  'verification',
  'indicators',
];
const isKnown = (name: string): name is ScoreComponentName =>
  (COMPONENTS as readonly string[]).includes(name);

/**
 * The component's name and a short summary in the interface language, derived from its value
 * alone (the server's reason is English text): full, half, none, or the share in percent.
 */
function useComponentText() {
  const { t } = useTranslation();
  return (c: ScoreComponent): { name: string; summary: string } => {
    const percent = c.value === null ? 0 : Math.round(c.value * 100);
    if (!isKnown(c.component)) {
      return {
        name: c.component,
        summary:
          c.value === null
            ? t('rating.summaries.notApplicable')
            : t('rating.summaries.partial', { percent }),
      };
    }
    const name = t(`rating.components.${c.component}`);
    if (c.value === null) return { name, summary: t('rating.summaries.notApplicable') };
    const level = c.value >= 1 ? 'full' : c.value <= 0 ? 'none' : 'half';
    // "half" of status, timeliness and verification is exactly 0.5; indicators name the share.
    if (level === 'half' && c.component !== 'indicators' && c.value !== 0.5) {
      return { name, summary: t('rating.summaries.partial', { percent }) };
    }
    return { name, summary: t(`rating.summaries.${c.component}.${level}`, { percent }) };
  };
}

/** A measure's score with what each component contributed, and why. */
export function MeasureScoreDetails({
  measureId,
  headingId,
}: {
  measureId: string;
  headingId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const score = useMeasureScore(measureId);
  const describe = useComponentText();
  const data = score.data;

  return (
    <section aria-labelledby={headingId} data-measure-score>
      <Title order={4} id={headingId} fz="sm" mb={6}>
        {t('rating.measure.scoreTitle')}
      </Title>
      {score.isPending && <Loading />}
      {score.isError && <ErrorAlert error={score.error} onRetry={() => score.refetch()} />}
      {data &&
        (data.score === null ? (
          <Text size="sm" c="dimmed">
            {t('rating.measure.notScored')}
          </Text>
        ) : (
          <>
            <Group gap="sm" wrap="nowrap" maw={360}>
              <Text fw={700} style={{ whiteSpace: 'nowrap' }} data-score>
                {t('rating.agencyPage.scoreValue', { score: formatScore(data.score, language) })}
              </Text>
              <ScoreBar score={data.score} />
            </Group>
            {(data.overdue || data.unverified) && (
              <Group gap={6} mt={6}>
                {data.overdue && <Tag color="red">{t('rating.overdue')}</Tag>}
                {data.unverified && <Tag color="orange">{t('rating.unverified')}</Tag>}
              </Group>
            )}
            <ul className="akniet-plain-list akniet-score-parts">
              {data.components.map((c) => {
                const { name, summary } = describe(c);
                return (
                  <li key={c.component} data-component={c.component}>
                    <Text size="sm">
                      <Text span fw={600} inherit>
                        {name}
                      </Text>{' '}
                      <Text span c="dimmed" inherit>
                        ({t('rating.measure.weight', { weight: c.weight })})
                      </Text>
                      : {summary}
                    </Text>
                    {language === 'en' && c.reason.toLowerCase() !== summary.toLowerCase() && (
                      <Text size="xs" c="dimmed" data-reason>
                        {c.reason}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
    </section>
  );
}
