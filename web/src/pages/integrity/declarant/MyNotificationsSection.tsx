import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyConflictCase, MyConflictNotification } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../../declarations/form/form.css';
import { MeasureDecided } from '../public/MeasureDecided.tsx';

/** The notifications the declarant filed, newest first, each with the head's measure. */
export function MyNotificationsSection({
  notifications,
  cases,
  mayFile,
  onNew,
}: {
  notifications: readonly MyConflictNotification[];
  cases: readonly MyConflictCase[];
  /** False when the account is not in the register of declarants. */
  mayFile: boolean;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sorted = [...notifications].sort((a, b) => b.filedAt.localeCompare(a.filedAt));
  return (
    <section aria-labelledby="my-conflict-notifications-title" data-my-notifications>
      <Group justify="space-between" align="flex-end" gap="sm" mb="xs">
        <Title order={2} fz="xl" id="my-conflict-notifications-title">
          {t('myConflicts.notifications.title')}
        </Title>
        {mayFile && (
          <Button onClick={onNew} data-new-notification>
            {t('myConflicts.notifications.new')}
          </Button>
        )}
      </Group>
      {sorted.length === 0 ? (
        <Alert color="gray" variant="light" data-empty="notifications">
          <Text size="sm" className="akniet-reading">
            {t('myConflicts.notifications.empty')}
          </Text>
        </Alert>
      ) : (
        <ul className="akniet-plain-list akniet-stack-sm">
          {sorted.map((n) => {
            const inCase = n.caseId ? cases.find((c) => c.id === n.caseId) : undefined;
            return (
              <li key={n.id}>
                <Card withBorder padding="md" data-notification={n.id} data-state={n.state}>
                  <Stack gap="xs">
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <Title order={3} fz="md">
                        {t('myConflicts.notifications.filedOn', {
                          date: formatDateTime(n.filedAt, language),
                        })}
                      </Title>
                      <Tag color={n.state === 'decided' ? 'green' : 'orange'}>
                        {t(`conflictTerms.notificationStates.${n.state}`)}
                      </Tag>
                    </Group>
                    <Text size="sm" className="akniet-reading" style={{ whiteSpace: 'pre-line' }}>
                      {n.description}
                    </Text>
                    <dl className="akniet-declaration-facts">
                      <dt>{t('myConflicts.notifications.relatedParty')}</dt>
                      <dd>{n.relatedParty}</dd>
                      <dt>{t('myConflicts.notifications.post')}</dt>
                      <dd>{n.post}</dd>
                      <dt>{t('myConflicts.notifications.published')}</dt>
                      <dd data-published={n.published}>
                        {n.published
                          ? t('myConflicts.notifications.publishedYes')
                          : t('myConflicts.notifications.publishedNo')}
                      </dd>
                      {n.caseId && (
                        <>
                          <dt>{t('myConflicts.notifications.case')}</dt>
                          <dd>{inCase?.summary ?? t('myConflicts.notifications.caseKnown')}</dd>
                        </>
                      )}
                      <dt>{t('myConflicts.notifications.measure')}</dt>
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
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
