import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Asks before an action that cannot be undone; shows the server's refusal if it comes. */
export function ConfirmModal({
  title,
  text,
  confirmLabel,
  color = 'blue',
  loading,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  color?: 'blue' | 'red';
  loading: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        {error ? <ErrorAlert error={error} /> : null}
        <Text>{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm} data-confirm>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
