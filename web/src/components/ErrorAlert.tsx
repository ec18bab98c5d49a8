import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError.ts';

/** An error from the server (its message is already in the user's language), with an optional retry. */
export function ErrorAlert({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  return (
    <Alert role="alert" color="red" variant="light" title={title ?? t('errors.title')} my="sm">
      {message}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
