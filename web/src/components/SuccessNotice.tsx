import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The "saved" message after an admin action: announced to screen readers, closable. */
export function SuccessNotice({
  message,
  onClose,
}: {
  message: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert
      role="status"
      color="green"
      variant="light"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('common.close')}
    >
      {message}
    </Alert>
  );
}
