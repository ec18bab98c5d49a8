import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissConflictFinding } from '../../../../api/endpoints.ts';
import type { ConflictFinding } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { ConfirmStep } from '../shared/ConfirmStep.tsx';

const MAX_REASON = 5_000;

/**
 * Dismisses a finding with the reason on record. It leaves the queue for good (the same path is
 * not raised again), so the verifier is asked once more before it is sent.
 */
export function DismissFindingModal({
  finding,
  onDismissed,
  onClose,
}: {
  finding: ConflictFinding;
  onDismissed: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const dismiss = useMutation({
    mutationFn: () => dismissConflictFinding(finding.id, reason.trim()),
    onSuccess: onDismissed,
  });
  const n = 'conflictWork.dismiss' as const;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!reason.trim()) return;
    dismiss.reset();
    setConfirming(true);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={confirming ? t(`${n}.confirmTitle`) : t(`${n}.title`)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming ? (
        <ConfirmStep
          marker="data-dismiss-confirm"
          error={dismiss.isError && <ErrorAlert error={dismiss.error} />}
          backLabel={t(`${n}.back`)}
          confirmLabel={t(`${n}.submit`)}
          pending={dismiss.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => dismiss.mutate()}
          danger
        >
          <Text>{t(`${n}.confirmText`, { official: finding.official.name })}</Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-dismiss-form>
          <Stack>
            <Textarea
              label={t(`${n}.reason`)}
              description={t(`${n}.reasonHint`)}
              required
              autosize
              minRows={3}
              maxLength={MAX_REASON}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={checked && !reason.trim() ? t('common.required') : null}
              data-field="reason"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" data-next>
                {t(`${n}.next`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
