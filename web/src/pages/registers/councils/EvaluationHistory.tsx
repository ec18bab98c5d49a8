import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilEvaluation } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { EvaluationBreakdown } from './EvaluationBreakdown.tsx';
import { RatingTag } from './RatingTag.tsx';

/** A council's evaluations, newest year first, each with its breakdown and findings. */
export function EvaluationHistory({
  agency,
  evaluations,
}: {
  agency: string;
  evaluations: readonly CouncilEvaluation[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="akniet-plain-list akniet-stack" data-evaluation-history>
      {evaluations.map((evaluation) => (
        <li key={evaluation.id} data-evaluation={evaluation.year}>
          <Group gap="xs" wrap="wrap" mb={6}>
            <Title order={5} fz="sm">
              {t('registers.councils.scoreInYear', {
                year: evaluation.year,
                score: evaluation.score,
              })}
            </Title>
            <RatingTag rating={evaluation.rating} />
            {evaluation.synthetic && <Tag color="gray">{t('registers.synthetic')}</Tag>}
          </Group>
          <EvaluationBreakdown
            evaluation={evaluation}
            label={t('registers.councils.breakdownOf', { agency, year: evaluation.year })}
          />
          {evaluation.findings && (
            <Text size="sm" mt={6} className="akniet-reading">
              <Text span inherit fw={600}>
                {t('registers.councils.findings')}:
              </Text>{' '}
              {localize(evaluation.findings, language)}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
