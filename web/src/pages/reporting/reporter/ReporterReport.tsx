import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError.ts';
import {
  downloadMyAttachment,
  endReporterSession,
  getMyReport,
  type ReporterView,
  requestMyProtection,
  sendReporterMessage,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { AttachmentList } from '../shared/AttachmentList.tsx';
import { MessageThread } from '../shared/MessageThread.tsx';
import { ProtectionForm } from '../shared/ProtectionForm.tsx';
import { ProtectionList } from '../shared/ProtectionList.tsx';
import { REPORTER_VIEW_KEY, useIntake } from '../shared/queries.ts';
import { ReportContentView } from '../shared/ReportContentView.tsx';
import { RewardSummaryView } from '../shared/RewardSummaryView.tsx';
import { Section } from '../shared/Section.tsx';
import { ReportStatusTag } from '../shared/Tags.tsx';
import { categoryName, nameText } from '../shared/terms.ts';
import { RevealIdentityForm } from './RevealIdentityForm.tsx';

/** The reporter's own report: where it stands, the exchange with the handler, protection. */
export function ReporterReport({ token, onLeave }: { token: string; onLeave: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const n = 'reporting.followUp' as const;
  const view = useQuery({
    queryKey: REPORTER_VIEW_KEY,
    queryFn: () => getMyReport(token),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
  // Nothing of the report stays in memory once the reporter leaves (or the page goes away).
  useEffect(() => () => queryClient.removeQueries({ queryKey: REPORTER_VIEW_KEY }), [queryClient]);
  const leave = useMutation({
    mutationFn: () => endReporterSession(token).catch(() => undefined),
    onSettled: () => {
      queryClient.removeQueries({ queryKey: REPORTER_VIEW_KEY });
      onLeave();
    },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: REPORTER_VIEW_KEY });

  const leaveButton = (
    <Button
      color="red"
      variant="light"
      onClick={() => leave.mutate()}
      loading={leave.isPending}
      data-leave
    >
      {t(`${n}.leave`)}
    </Button>
  );

  if (view.isPending) return <Loading />;
  if (view.isError) {
    return (
      <Stack>
        <ErrorAlert error={view.error} onRetry={() => view.refetch()} />
        <Group>{leaveButton}</Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xl" data-reporter-view>
      <Summary report={view.data} />
      <Alert color="gray" variant="light">
        <Group justify="space-between" gap="sm">
          <Text size="sm" maw={560}>
            {t(`${n}.leaveHint`)}
          </Text>
          {leaveButton}
        </Group>
      </Alert>
      <ReportContentView content={view.data.content} />
      {view.data.attachments.length > 0 && (
        <Section title={t('reporting.files.listTitle')} marker="data-attachments-section">
          <AttachmentList
            files={view.data.attachments}
            download={(id) => downloadMyAttachment(token, id)}
          />
        </Section>
      )}
      <MessageThread
        messages={view.data.messages}
        side="reporter"
        closed={view.data.status === 'closed'}
        onSend={(text) => sendReporterMessage(token, text)}
        onSent={refresh}
      />
      <Section title={t('reporting.protection.title')} marker="data-protection-section">
        <Text size="sm" mb="sm" className="akniet-reading">
          {t('reporting.protection.intro')}
        </Text>
        <ProtectionList items={view.data.protection} />
        <Paper withBorder p="md" mt="md">
          <Title order={3} size="h4" mb="sm">
            {t('reporting.protection.request')}
          </Title>
          <ProtectionForm
            onSubmit={(input) => requestMyProtection(token, input)}
            onDone={refresh}
          />
        </Paper>
      </Section>
      <Section title={t('reporting.identity.title')} marker="data-identity-section">
        <RevealIdentityForm
          token={token}
          disclosed={view.data.identity.disclosed}
          onDone={refresh}
        />
      </Section>
      {view.data.reward && (
        <Section title={t('reporting.reward.title')} marker="data-reward-section">
          <RewardSummaryView reward={view.data.reward} />
        </Section>
      )}
    </Stack>
  );
}

function Summary({ report }: { report: ReporterView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const intake = useIntake();
  const n = 'reporting.followUp' as const;
  return (
    <Paper withBorder p="md" data-report-summary>
      <Group justify="space-between" gap="sm">
        <Text>
          {t('reporting.receipt.reference')}{' '}
          <Text span ff="monospace" fw={700} data-reference>
            {report.reference}
          </Text>
        </Text>
        <ReportStatusTag status={report.status} outcome={report.outcome} />
      </Group>
      <dl className="akniet-facts">
        <dt>{t('reporting.terms.category')}</dt>
        <dd>{categoryName(intake.data?.categories, report.category, language)}</dd>
        <dt>{t('reporting.terms.body')}</dt>
        <dd>{nameText(report.body.name, language)}</dd>
        <dt>{t('reporting.terms.submittedAt')}</dt>
        <dd>{formatDate(report.submittedAt, language)}</dd>
        {report.closedAt && (
          <>
            <dt>{t('reporting.terms.closedAt')}</dt>
            <dd>{formatDate(report.closedAt, language)}</dd>
          </>
        )}
      </dl>
      <Text size="sm" mt="sm" c="gray.7">
        {t(`${n}.statusHelp.${report.status}`)}
      </Text>
    </Paper>
  );
}
