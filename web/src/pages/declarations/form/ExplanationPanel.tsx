import { Blockquote, Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerDeclarationExplanation } from '../../../api/endpoints.ts';
import type { MyDeclaration } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const ANSWER_MAX = 20_000;

/**
 * The full check's exchange: the verifier's request with its deadline, and the declarant's answer
 * (a form while the request is open, the answer as sent afterwards).
 */
export function ExplanationPanel({
  declarationId,
  review,
  onAnswered,
}: {
  declarationId: string;
  review: NonNullable<MyDeclaration['review']>;
  onAnswered: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const answer = useMutation({
    mutationFn: (body: string) => answerDeclarationExplanation(declarationId, body),
    onSuccess: async () => {
      setText('');
      setChecked(false);
      await onAnswered();
      setNotice(t('declarationForm.explanation.sent'));
    },
  });
  if (!review.requestText && !review.answerText) return null;
  const open = review.state === 'explanation_requested';
  const error = !text.trim() ? t('common.required') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (error) return;
    answer.mutate(text.trim());
  };

  return (
    <Card withBorder padding="md" data-explanation={review.state}>
      <Stack gap="sm">
        <Title order={2} fz="xl">
          {t('declarationForm.explanation.title')}
        </Title>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {review.requestText && (
          <div>
            <Text fw={700} size="sm">
              {t('declarationForm.explanation.request')}
            </Text>
            <Blockquote
              color="orange"
              p="sm"
              mt={4}
              style={{ whiteSpace: 'pre-wrap' }}
              data-request-text
            >
              {review.requestText}
            </Blockquote>
            {review.requestDeadline && (
              <Text size="sm" fw={600} mt={4} data-request-deadline>
                {t('declarationForm.explanation.deadline', {
                  date: formatDate(review.requestDeadline, language),
                })}
              </Text>
            )}
          </div>
        )}
        {review.answerText && (
          <div data-answer>
            <Text fw={700} size="sm">
              {t('declarationForm.explanation.answer')}
            </Text>
            <Text mt={4} style={{ whiteSpace: 'pre-wrap' }} className="akniet-reading">
              {review.answerText}
            </Text>
            {review.answeredAt && (
              <Text size="sm" c="gray.8" mt={4}>
                {t('declarationForm.explanation.answeredAt', {
                  date: formatDateTime(review.answeredAt, language),
                })}
              </Text>
            )}
          </div>
        )}
        {open && (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t('declarationForm.explanation.answerLabel')}
                description={t('declarationForm.explanation.answerHint')}
                withAsterisk
                autosize
                minRows={4}
                maxLength={ANSWER_MAX}
                value={text}
                error={checked ? error : undefined}
                onChange={(event) => setText(event.currentTarget.value)}
              />
              {answer.isError && <ErrorAlert error={answer.error} />}
              <div>
                <Button type="submit" loading={answer.isPending}>
                  {t('declarationForm.explanation.send')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
