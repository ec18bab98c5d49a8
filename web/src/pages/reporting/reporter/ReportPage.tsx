import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SubmittedReport } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useIntake } from '../shared/queries.ts';
import '../reporting.css';
import { ProtectionExplainer } from './ProtectionExplainer.tsx';
import { ReceiptView } from './ReceiptView.tsx';
import { useReporterSession } from './ReporterSession.tsx';
import { ReportForm } from './ReportForm.tsx';

/** /report: how the reporter is protected, the form, then the receipt. No account needed. */
export function ReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useReporterSession();
  const intake = useIntake();
  const [result, setResult] = useState<SubmittedReport | null>(null);
  const n = 'reporting.page' as const;

  return (
    <Stack gap="lg">
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      {result ? (
        <ReceiptView result={result} onFollowUp={() => navigate('/report/follow-up')} />
      ) : (
        <>
          <Text className="akniet-reading" size="lg">
            {t(`${n}.intro`)}
          </Text>
          <Group gap="lg">
            <Anchor component={Link} to="/report/follow-up" fw={600} data-return-link>
              {t(`${n}.returnLink`)}
            </Anchor>
            <Anchor component={Link} to="/report/statistics">
              {t(`${n}.statisticsLink`)}
            </Anchor>
          </Group>
          <ProtectionExplainer />
          {intake.isError && <ErrorAlert error={intake.error} onRetry={() => intake.refetch()} />}
          {intake.isPending && <Loading />}
          {intake.data && (
            <ReportForm
              intake={intake.data}
              onSubmitted={(submitted) => {
                session.begin(submitted.token);
                setResult(submitted);
                window.scrollTo({ top: 0 });
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
