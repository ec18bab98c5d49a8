import '../shared/conflicts.css';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConflictNotification } from '../../../../api/types.ts';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { MeasureDecided } from '../shared/MeasureDecided.tsx';

/** What the official notified in the case, and what the head decided on each notification. */
export function CaseNotifications({ notifications }: { notifications: ConflictNotification[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'conflictWork.notification' as const;
  if (notifications.length === 0) {
    return <Text c="gray.7">{t('conflictWork.case.noNotifications')}</Text>;
  }
  return (
    <Stack gap="md">
      {notifications.map((item) => (
        <Paper key={item.id} withBorder p="md" radius="md" data-notification={item.id}>
          <dl className="akniet-facts akniet-conflict-facts">
            <dt>{t(`${n}.filedAt`)}</dt>
            <dd>{formatDate(item.filedAt, language)}</dd>
            <dt>{t(`${n}.post`)}</dt>
            <dd>{item.post}</dd>
            <dt>{t(`${n}.relatedParty`)}</dt>
            <dd>{item.relatedParty}</dd>
            <dt>{t(`${n}.description`)}</dt>
            <dd style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.description}</dd>
          </dl>
          <MeasureDecided notification={item} />
        </Paper>
      ))}
    </Stack>
  );
}
