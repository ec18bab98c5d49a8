import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportMessage } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const MAX_MESSAGE = 10_000;

/**
 * The exchange between the reporter and the handler, oldest first, with a reply box. `side` is
 * who reads it: each side sees its own messages as "you".
 */
export function MessageThread({
  messages,
  side,
  onSend,
  onSent,
  closed,
  readOnly,
}: {
  messages: readonly ReportMessage[];
  side: 'reporter' | 'handler';
  onSend: (text: string) => Promise<unknown>;
  onSent: () => void;
  closed?: boolean;
  /** A prosecutor reading for a protection request follows the exchange but takes no part. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const send = useMutation({
    mutationFn: () => onSend(text.trim()),
    onSuccess: () => {
      setText('');
      setChecked(false);
      onSent();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!text.trim()) return;
    send.mutate();
  };
  const n = 'reporting.messages' as const;

  return (
    <section aria-labelledby={headingId} data-messages>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${n}.title`)}
      </Title>
      {messages.length === 0 ? (
        <Text c="dimmed" data-empty>
          {closed || readOnly ? t(`${n}.none`) : t(`${n}.empty.${side}`)}
        </Text>
      ) : (
        <Stack component="ol" gap="sm" className="akniet-plain-list">
          {messages.map((m) => {
            const own = m.author === side;
            return (
              <li key={m.id} data-message={m.author}>
                <Paper
                  withBorder
                  p="sm"
                  ml={own ? { base: 0, sm: 'xl' } : 0}
                  mr={own ? 0 : { base: 0, sm: 'xl' }}
                  bg={own ? 'blue.0' : undefined}
                >
                  <Group justify="space-between" gap="xs" mb={4}>
                    <Text size="sm" fw={700}>
                      {own ? t(`${n}.you`) : t(`${n}.authors.${m.author}`)}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {formatDateTime(m.at, language)}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {m.text}
                  </Text>
                </Paper>
              </li>
            );
          })}
        </Stack>
      )}
      {readOnly ? null : closed ? (
        <Text size="sm" c="gray.7" mt="sm">
          {t(`${n}.closed`)}
        </Text>
      ) : (
        <form onSubmit={submit} noValidate data-reply-form>
          <Stack gap="xs" mt="md">
            <Textarea
              label={t(`${n}.reply`)}
              description={t(`${n}.replyHint.${side}`)}
              autosize
              minRows={3}
              maxLength={MAX_MESSAGE}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={checked && !text.trim() ? t('common.required') : null}
              data-field="reply"
            />
            {send.isError && <ErrorAlert error={send.error} />}
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending} data-send>
                {t(`${n}.send`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}
