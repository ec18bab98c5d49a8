import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictNotification } from '../../../../api/types.ts';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';

/** The head's decision on a notification, or that it still waits for one. */
export function MeasureDecided({ notification }: { notification: ConflictNotification }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'conflictWork.notification' as const;
  if (notification.state !== 'decided' || !notification.measure) {
    return (
      <Text size="sm" c="orange.9" mt="sm" fw={600} data-measure="">
        {t(`${n}.awaiting`)}
      </Text>
    );
  }
  return (
    <Alert
      color="green"
      variant="light"
      mt="sm"
      title={t(`${n}.measureDecided`)}
      // The green title on the pale green fails AA contrast: near-black, like the rest.
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      data-measure={notification.measure}
    >
      <Text size="sm" fw={600}>
        {t(`conflictTerms.measures.${notification.measure}`)}
      </Text>
      {notification.measureText && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {notification.measureText}
        </Text>
      )}
      {notification.decidedAt && (
        <Text size="xs" c="gray.8" mt={4}>
          {t(`${n}.decidedAt`, { date: formatDate(notification.decidedAt, language) })}
        </Text>
      )}
    </Alert>
  );
}
