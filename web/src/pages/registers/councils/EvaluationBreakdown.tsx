import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CouncilEvaluation } from '../../../api/types.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { criterionFacts } from './criterionFacts.ts';

/**
 * How a score was reached: per criterion, the year's facts and the points earned of its weight
 * (in English also the methodology's reason as the server words it). Two columns, so that it fits
 * a phone.
 */
export function EvaluationBreakdown({
  evaluation,
  label,
}: {
  evaluation: CouncilEvaluation;
  label: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableScroll label={label}>
      <Table verticalSpacing="xs" maw={640} data-breakdown={evaluation.year}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registers.councils.criterion')}</Table.Th>
            <Table.Th ta="right">{t('registers.councils.points')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluation.breakdown.map((part) => (
            <Table.Tr key={part.criterion} data-criterion={part.criterion}>
              <Table.Th scope="row" fw={400}>
                <Text span size="sm" fw={700} display="block" data-criterion-name>
                  {t(`registers.councils.criteria.${part.criterion}`)}
                </Text>
                <Text span size="sm" display="block" data-criterion-facts>
                  {criterionFacts(t, part.criterion, evaluation.criteria)}
                </Text>
                {language === 'en' && (
                  <Text span size="xs" c="dimmed" display="block" data-criterion-reason>
                    {part.reason}
                  </Text>
                )}
              </Table.Th>
              <Table.Td
                ta="right"
                fw={600}
                style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}
                data-criterion-points
              >
                {t('registers.councils.pointsOf', {
                  points: formatScore(Math.round(part.weight * part.value * 10) / 10, language),
                  weight: part.weight,
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
