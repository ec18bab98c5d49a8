import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublishedConflictNotification } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../../declarations/form/form.css';
import { MeasureDecided } from './MeasureDecided.tsx';

/** One published notification: who, where, the conflict, with whom, when, and the head's measure. */
export function PublishedNotificationCard({ n }: { n: PublishedConflictNotification }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `conflict-notification-${n.id}`;
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={headingId}
      data-published-notification={n.id}
      data-state={n.state}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} fz="lg" id={headingId}>
              {n.fullName}
            </Title>
            <Text size="sm" c="gray.8">
              {[n.post, n.agency ? localize(n.agency.name, language) : '']
                .filter(Boolean)
                .join(', ')}
            </Text>
          </div>
          <Group gap="xs">
            {n.synthetic && <Tag color="orange">{t('publicConflicts.synthetic')}</Tag>}
            <Tag color={n.state === 'decided' ? 'green' : 'orange'}>
              {t(`conflictTerms.notificationStates.${n.state}`)}
            </Tag>
          </Group>
        </Group>
        <Text size="sm" className="akniet-reading" style={{ whiteSpace: 'pre-line' }}>
          {n.description}
        </Text>
        <dl className="akniet-declaration-facts">
          <dt>{t('publicConflicts.notifications.relatedParty')}</dt>
          <dd>{n.relatedParty}</dd>
          <dt>{t('publicConflicts.notifications.filedAt')}</dt>
          <dd>{formatDate(n.filedAt, language)}</dd>
          <dt>{t('publicConflicts.notifications.measure')}</dt>
          <dd>
            <MeasureDecided
              measure={n.measure}
              measureText={n.measureText}
              decidedAt={n.decidedAt}
            />
          </dd>
        </dl>
      </Stack>
    </Card>
  );
}
