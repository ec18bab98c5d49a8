import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictMeasure } from '../../../api/types.ts';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/**
 * The head's decision on a notification: the measure and its wording with the date, or plainly
 * that the head has not decided yet. The public list shows the same.
 */
export function MeasureDecided({
  measure,
  measureText,
  decidedAt,
}: {
  measure: ConflictMeasure | null;
  measureText: string | null;
  decidedAt: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!measure) {
    return (
      <Text size="sm" c="gray.8" data-measure="none">
        {t('conflictTerms.awaitingDecision')}
      </Text>
    );
  }
  return (
    <Text size="sm" data-measure={measure}>
      <Text span fw={700}>
        {t(`conflictTerms.measures.${measure}`)}
      </Text>
      {decidedAt ? ` (${formatDate(decidedAt, language)})` : ''}
      {measureText ? `: ${measureText}` : ''}
    </Text>
  );
}
