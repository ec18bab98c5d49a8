import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { MyCasesSection } from './MyCasesSection.tsx';
import { MyInterestDeclarationsSection } from './MyInterestDeclarationsSection.tsx';
import { MyNotificationsSection } from './MyNotificationsSection.tsx';
import { NotificationModal } from './NotificationModal.tsx';
import {
  useMyConflictCases,
  useMyConflictNotifications,
  useMyInterestDeclarations,
} from './queries.ts';

/**
 * The declarant's side of the Law on Conflict of Interest: the cases about them and what each
 * asks, the notifications they filed with the head's measures, and their private-interest
 * declarations.
 */
export function MyConflictsPage() {
  const { t } = useTranslation();
  const cases = useMyConflictCases();
  const notifications = useMyConflictNotifications();
  const declarations = useMyInterestDeclarations();
  // null: closed; '': a notification outside any case; else the case it answers.
  const [notifying, setNotifying] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const openCases = (cases.data?.items ?? []).filter((c) => c.state === 'open');
  // The lists say whom the register of declarants knows; an account outside it files nothing.
  const declarant = notifications.data?.declarant ?? declarations.data?.declarant;
  const notDeclarant = notifications.data?.declarant === null;

  return (
    <Stack gap="xl">
      <div>
        <PageTitle>{t('myConflicts.title')}</PageTitle>
        <Text className="akniet-reading">{t('myConflicts.intro')}</Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {notDeclarant && (
        <Alert
          color="gray"
          variant="light"
          title={t('myConflicts.notDeclarantTitle')}
          data-not-declarant
        >
          {t('myConflicts.notDeclarantText')}
        </Alert>
      )}
      {declarant && (
        <Text fw={600} data-declarant>
          {declarant.fullName}
          <Text span c="gray.8" fw={400}>
            {' — '}
            {declarant.post}
          </Text>
        </Text>
      )}

      {cases.isError && <ErrorAlert error={cases.error} onRetry={() => cases.refetch()} />}
      {cases.isPending && <Loading />}
      {cases.data && (
        <MyCasesSection
          cases={cases.data.items}
          notifications={notifications.data?.items ?? []}
          onNotify={(caseId) => {
            setNotice(null);
            setNotifying(caseId);
          }}
        />
      )}

      {notifications.isError && (
        <ErrorAlert error={notifications.error} onRetry={() => notifications.refetch()} />
      )}
      {notifications.isPending && <Loading />}
      {notifications.data && (
        <MyNotificationsSection
          notifications={notifications.data.items}
          cases={cases.data?.items ?? []}
          mayFile={!notDeclarant}
          onNew={() => {
            setNotice(null);
            setNotifying('');
          }}
        />
      )}

      {declarations.isError && (
        <ErrorAlert error={declarations.error} onRetry={() => declarations.refetch()} />
      )}
      {declarations.isPending && <Loading />}
      {declarations.data && (
        <MyInterestDeclarationsSection
          declarations={declarations.data.items}
          mayFile={!notDeclarant}
        />
      )}

      {notifying !== null && (
        <NotificationModal
          cases={openCases}
          caseId={notifying || null}
          onClose={() => setNotifying(null)}
          onFiled={() => {
            setNotifying(null);
            setNotice(t('myConflicts.notificationForm.filed'));
          }}
        />
      )}
    </Stack>
  );
}
