import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import '../reporting.css';
import { ReceiptLogin } from './ReceiptLogin.tsx';
import { ReporterReport } from './ReporterReport.tsx';
import { useReporterSession } from './ReporterSession.tsx';

/** /report/follow-up: the receipt opens the reporter's own view of their report. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const session = useReporterSession();
  const [left, setLeft] = useState(false);
  const n = 'reporting.followUp' as const;

  return (
    <Stack gap="lg">
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      {session.token ? (
        <ReporterReport
          token={session.token}
          onLeave={() => {
            session.end();
            setLeft(true);
          }}
        />
      ) : (
        <>
          {left && (
            <Alert color="green" role="status" data-left>
              {t(`${n}.left`)}
            </Alert>
          )}
          <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
          <ReceiptLogin
            onSignedIn={(token) => {
              setLeft(false);
              session.begin(token);
            }}
          />
          <Anchor component={Link} to="/report">
            {t(`${n}.newReport`)}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
