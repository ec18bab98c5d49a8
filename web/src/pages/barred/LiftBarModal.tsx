import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liftBarredEntity } from '../../api/endpoints.ts';
import type { BarredEntityDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ConfirmStep } from '../integrity/work/shared/ConfirmStep.tsx';
import { useRefreshBarred } from './queries.ts';

/** The server's limit (routes/barred.ts). */
const REASON_MAX = 2000;

/**
 * Lifts a bar from now on: the reason first, then asked once more, since it cannot be undone.
 * A refusal (lifted meanwhile by someone else) comes back to the form with the server's words.
 */
export function LiftBarModal({
  entry,
  onLifted,
  onClose,
}: {
  entry: BarredEntityDetail;
  onLifted: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshBarred();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const lift = useMutation({
    mutationFn: () => liftBarredEntity(entry.id, reason.trim()),
    onSuccess: async () => {
      await refresh();
      onLifted();
    },
    onError: () => setConfirming(false),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!reason.trim()) return;
    lift.reset();
    setConfirming(true);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={confirming ? t('barred.lift.confirmTitle') : t('barred.lift.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming ? (
        <ConfirmStep
          marker="data-lift-confirm"
          error={null}
          backLabel={t('barred.lift.back')}
          confirmLabel={t('barred.lift.confirm')}
          pending={lift.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => lift.mutate()}
          danger
        >
          <Text>{t('barred.lift.confirmText', { name: entry.name })}</Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-lift-form>
          <Stack>
            <Text size="sm" className="akniet-reading">
              {t('barred.lift.intro')}
            </Text>
            <Textarea
              label={t('barred.lift.reason')}
              description={t('barred.lift.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={checked && !reason.trim() ? t('common.required') : null}
              data-field="reason"
            />
            {lift.isError && <ErrorAlert error={lift.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-next>
                {t('barred.lift.next')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
