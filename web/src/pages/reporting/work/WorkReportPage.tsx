import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import {
  assignWorkReport,
  changeWorkReportStatus,
  getWorkReport,
  type HandlerView,
  openProtectionForReport,
  sendHandlerMessage,
  workAttachmentUrl,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useSession } from '../../../session/useSession.ts';
import '../reporting.css';
import { AttachmentList } from '../shared/AttachmentList.tsx';
import { MessageThread } from '../shared/MessageThread.tsx';
import { ProtectionForm } from '../shared/ProtectionForm.tsx';
import { ProtectionList } from '../shared/ProtectionList.tsx';
import { REPORTING_KEY, useIntake, useRefreshReporting } from '../shared/queries.ts';
import { ReportContentView } from '../shared/ReportContentView.tsx';
import { Section } from '../shared/Section.tsx';
import { ReportStatusTag } from '../shared/Tags.tsx';
import { categoryName, nameText } from '../shared/terms.ts';
import { CloseReportModal } from './CloseReportModal.tsx';
import { HistoryList } from './HistoryList.tsx';
import { IdentitySection } from './IdentitySection.tsx';
import { KeyPanel } from './KeyPanel.tsx';
import { WORK_REPORTS_PATH } from './paths.ts';
import { RewardSection } from './RewardSection.tsx';
import { TransferModal } from './TransferModal.tsx';

/** One whistleblower report for its handler: read, answer, assign, decide, protect, reward. */
export function WorkReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const n = 'reporting.work' as const;
  const report = useQuery({
    queryKey: [...REPORTING_KEY, 'report', id],
    queryFn: () => getWorkReport(id),
    retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
  });
  const locked = isApiError(report.error) && report.error.status === 423;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={WORK_REPORTS_PATH}>
          {t('nav.whistleblowerReports')}
        </Anchor>
        <Text span ff="monospace">
          {report.data?.reference ?? '…'}
        </Text>
      </Breadcrumbs>
      <PageTitle>
        {report.data ? t(`${n}.title`, { reference: report.data.reference }) : t(`${n}.titlePlain`)}
      </PageTitle>
      <KeyPanel />
      {report.isPending && <Loading />}
      {report.isError &&
        (locked ? (
          <Text c="gray.7" data-locked>
            {t(`${n}.locked`)}
          </Text>
        ) : (
          <ErrorAlert error={report.error} onRetry={() => report.refetch()} />
        ))}
      {report.data && <ReportWork report={report.data} />}
    </Stack>
  );
}

function ReportWork({ report }: { report: HandlerView }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const navigate = useNavigate();
  const n = 'reporting.work' as const;
  const closed = report.status === 'closed';
  const bodyAccess = report.access === 'body';
  return (
    <Stack gap="xl" data-handler-view={report.id}>
      <Facts report={report} />
      {bodyAccess ? (
        <Actions report={report} onTransferred={() => navigate(WORK_REPORTS_PATH)} />
      ) : (
        <Alert color="blue" variant="light" data-protection-access>
          {t(`${n}.protectionAccess`)}
        </Alert>
      )}
      <ReportContentView content={report.content} />
      <Section title={t('reporting.files.listTitle')} marker="data-attachments-section">
        {report.attachments.length === 0 ? (
          <Text c="dimmed">{t('reporting.files.none')}</Text>
        ) : (
          <AttachmentList
            files={report.attachments}
            href={(attachmentId) => workAttachmentUrl(report.id, attachmentId)}
          />
        )}
      </Section>
      <MessageThread
        messages={report.messages}
        side="handler"
        closed={closed}
        readOnly={!bodyAccess}
        onSend={(text) => sendHandlerMessage(report.id, text)}
        onSent={() => void refresh()}
      />
      {bodyAccess && (
        <Section title={t('reporting.identityWork.title')} marker="data-identity-section">
          <IdentitySection report={report} />
        </Section>
      )}
      <Section title={t('reporting.protection.title')} marker="data-protection-section">
        <ProtectionList items={report.protection} />
        {bodyAccess && (
          <Paper withBorder p="md" mt="md">
            <Title order={3} size="h4" mb="xs">
              {t(`${n}.openProtection`)}
            </Title>
            <Text size="sm" mb="sm">
              {t(`${n}.openProtectionHint`)}
            </Text>
            <ProtectionForm
              onSubmit={(input) => openProtectionForReport(report.id, input)}
              onDone={() => void refresh()}
            />
          </Paper>
        )}
      </Section>
      {bodyAccess && (
        <Section title={t('reporting.reward.title')} marker="data-reward-section">
          <RewardSection report={report} />
        </Section>
      )}
      <Section title={t('reporting.history.title')} marker="data-history-section">
        <HistoryList entries={report.history} />
      </Section>
    </Stack>
  );
}

function Facts({ report }: { report: HandlerView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const intake = useIntake();
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" gap="sm">
        <Text ff="monospace" fw={700} data-reference>
          {report.reference}
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
        {/* While the report is open the handler select below shows it. */}
        {(report.status === 'closed' || report.access !== 'body') && (
          <>
            <dt>{t('reporting.queue.assigned')}</dt>
            <dd data-assigned>{report.assignedTo?.name ?? t('reporting.queue.nobody')}</dd>
          </>
        )}
      </dl>
    </Paper>
  );
}

function Actions({ report, onTransferred }: { report: HandlerView; onTransferred: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const refresh = useRefreshReporting();
  const [dialog, setDialog] = useState<'close' | 'transfer' | null>(null);
  const n = 'reporting.work' as const;
  const mine = user !== null && report.assignedTo?.id === user.id;
  const assign = useMutation({
    mutationFn: (userId: string | null) => assignWorkReport(report.id, userId),
    onSuccess: () => refresh(),
  });
  const start = useMutation({
    mutationFn: () => changeWorkReportStatus(report.id, { status: 'in_progress' }),
    onSuccess: () => refresh(),
  });
  if (report.status === 'closed') return null;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t(`${n}.assignTo`)}
          value={report.assignedTo?.id ?? ''}
          onChange={(e) => assign.mutate(e.currentTarget.value || null)}
          disabled={assign.isPending}
          data={[
            { value: '', label: t('reporting.queue.nobody') },
            ...report.colleagues.map((c) => ({ value: c.id, label: c.name })),
          ]}
          w={{ base: '100%', xs: 260 }}
          data-field="assignee"
        />
        {user && !mine && (
          <Button
            variant="default"
            onClick={() => assign.mutate(user.id)}
            loading={assign.isPending}
            data-assign-me
          >
            {t(`${n}.assignMe`)}
          </Button>
        )}
        {report.status === 'new' && (
          <Button
            variant="default"
            onClick={() => start.mutate()}
            loading={start.isPending}
            data-start
          >
            {t(`${n}.start`)}
          </Button>
        )}
        <Button variant="default" onClick={() => setDialog('transfer')} data-transfer>
          {t(`${n}.transfer`)}
        </Button>
        <Button color="dark" onClick={() => setDialog('close')} data-close-report>
          {t(`${n}.close`)}
        </Button>
      </Group>
      {assign.isError && <ErrorAlert error={assign.error} />}
      {start.isError && <ErrorAlert error={start.error} />}
      {dialog === 'close' && (
        <CloseReportModal
          reportId={report.id}
          reference={report.reference}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'transfer' && (
        <TransferModal
          report={report}
          onClose={() => setDialog(null)}
          onTransferred={onTransferred}
        />
      )}
    </Stack>
  );
}
