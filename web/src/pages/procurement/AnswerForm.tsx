import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerConcern } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useRefreshProcurement } from './queries.ts';
import { TEXT_MAX, tooShort } from './textLimits.ts';

/**
 * The buyer's answer to an open concern (its officer or head). Published at once on the tender's
 * page; a refusal (another officer answered first, not the buyer) is shown in the server's words.
 */
export function AnswerForm({ remarkId, onAnswered }: { remarkId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshProcurement();
  const [answer, setAnswer] = useState('');
  const [checked, setChecked] = useState(false);
  const send = useMutation({
    mutationFn: () => answerConcern(remarkId, answer.trim()),
    onSuccess: async () => {
      setAnswer('');
      setChecked(false);
      await refresh();
      onAnswered();
    },
  });
  const invalid = checked && tooShort(answer);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (tooShort(answer)) return;
    send.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-answer-form={remarkId}>
      <Stack gap="xs" maw={720}>
        <Textarea
          label={t('procurement.remarks.answerLabel')}
          description={t('procurement.remarks.answerHint')}
          required
          autosize
          minRows={3}
          maxLength={TEXT_MAX}
          value={answer}
          onChange={(event) => setAnswer(event.currentTarget.value)}
          error={invalid ? t('procurement.remarks.tooShort') : undefined}
        />
        {send.isError && <ErrorAlert error={send.error} />}
        <Group>
          <Button type="submit" loading={send.isPending}>
            {t('procurement.remarks.answerSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
