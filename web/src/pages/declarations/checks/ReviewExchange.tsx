import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationReviewInfo } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { bishkekDate } from './days.ts';

/** The written exchange of a full check: the request with its deadline, the answer, the conclusion. */
export function ReviewExchange({ review }: { review: DeclarationReviewInfo }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'declarationChecks.review' as const;
  const awaiting = review.state === 'explanation_requested';
  const overdue =
    awaiting && review.requestDeadline !== null && bishkekDate() > review.requestDeadline;
  return (
    <Stack gap="sm">
      {review.requestText !== null && (
        <Paper withBorder radius="md" p="md" data-exchange="request">
          <Title order={3} fz="md">
            {t(`${n}.request`)}
          </Title>
          {review.requestDeadline && (
            <Text size="sm" c="gray.7" mt={4}>
              {t(`${n}.requestDue`, { date: formatDate(review.requestDeadline, language) })}{' '}
              {overdue && <Tag color="red">{t(`${n}.overdue`)}</Tag>}
            </Text>
          )}
          <Text size="sm" mt="xs" className="akniet-exchange">
            {review.requestText}
          </Text>
        </Paper>
      )}
      {review.answerText !== null ? (
        <Paper withBorder radius="md" p="md" data-exchange="answer">
          <Title order={3} fz="md">
            {t(`${n}.answer`)}
          </Title>
          {review.answeredAt && (
            <Text size="sm" c="gray.7" mt={4}>
              {t(`${n}.answeredAt`, { date: formatDateTime(review.answeredAt, language) })}
            </Text>
          )}
          <Text size="sm" mt="xs" className="akniet-exchange">
            {review.answerText}
          </Text>
        </Paper>
      ) : (
        awaiting && (
          <Text size="sm" c="gray.7" data-exchange="no-answer">
            {t(`${n}.noAnswer`)}
          </Text>
        )
      )}
      {review.state === 'concluded' && review.outcome && (
        <Paper withBorder radius="md" p="md" data-exchange="conclusion">
          <Title order={3} fz="md">
            {t(`${n}.conclusionTitle`)}: {t(`declarationChecks.outcomes.${review.outcome}`)}
          </Title>
          {review.concludedAt && (
            <Text size="sm" c="gray.7" mt={4}>
              {t(`${n}.concludedAt`)}: {formatDateTime(review.concludedAt, language)}
            </Text>
          )}
          {review.conclusionText && (
            <Text size="sm" mt="xs" className="akniet-exchange">
              {review.conclusionText}
            </Text>
          )}
        </Paper>
      )}
    </Stack>
  );
}
