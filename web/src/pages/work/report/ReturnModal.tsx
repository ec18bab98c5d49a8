import { Modal, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';

/** Returning a report needs a comment that tells the officer what to fix. */
export function ReturnModal({
  loading,
  error,
  onReturn,
  onClose,
}: {
  loading: boolean;
  error: unknown;
  onReturn: (comment: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (comment.trim()) onReturn(comment.trim());
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('work.actions.returnTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-return-form>
        <Stack>
          {error ? <ErrorAlert error={error} /> : null}
          <Textarea
            label={t('work.actions.comment')}
            description={t('work.actions.commentHint')}
            required
            autosize
            minRows={4}
            maxLength={5000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={checked && !comment.trim() ? t('work.actions.commentRequired') : undefined}
            data-autofocus
          />
          <FormActions
            pending={loading}
            onCancel={onClose}
            submitLabel={t('work.actions.return')}
            submitProps={{ color: 'red', 'data-confirm': true }}
          />
        </Stack>
      </form>
    </Modal>
  );
}
