import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestDeclarationExplanation } from '../../../api/endpoints.ts';
import { bishkekDate, dayAfter } from './days.ts';
import { isStaleRefusal, ReviewActionError } from './ReviewActionError.tsx';

const MAX_TEXT = 20_000;

/** Asks the declarant to explain the findings by a deadline after today (Bishkek). */
export function RequestExplanationModal({
  reviewId,
  onDone,
  onStale,
  onClose,
}: {
  reviewId: string;
  onDone: () => void;
  /** The check changed under us: reload it. */
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const earliest = dayAfter(bishkekDate());
  const [text, setText] = useState('');
  const [deadline, setDeadline] = useState('');
  const [checked, setChecked] = useState(false);
  const send = useMutation({
    mutationFn: () => requestDeclarationExplanation(reviewId, { text: text.trim(), deadline }),
    onSuccess: onDone,
    onError: (error) => {
      if (isStaleRefusal(error)) onStale();
    },
  });
  const textError = checked && !text.trim() ? t('declarationChecks.review.textRequired') : null;
  const deadlineError =
    checked && !deadline
      ? t('common.required')
      : deadline && deadline < earliest
        ? t('declarationChecks.review.deadlineAfterToday')
        : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!text.trim() || !deadline || deadline < earliest) return;
    send.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('declarationChecks.review.requestTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-request-form>
        <Stack>
          <Textarea
            label={t('declarationChecks.review.requestText')}
            description={t('declarationChecks.review.requestTextHint')}
            required
            autosize
            minRows={5}
            maxLength={MAX_TEXT}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={textError}
            data-autofocus
            data-field="request-text"
          />
          <TextInput
            type="date"
            label={t('declarationChecks.review.deadline')}
            description={t('declarationChecks.review.deadlineHint')}
            required
            min={earliest}
            value={deadline}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={deadlineError}
            w={{ base: '100%', xs: 240 }}
            data-field="deadline"
          />
          <ReviewActionError error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} data-confirm>
              {t('declarationChecks.review.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
