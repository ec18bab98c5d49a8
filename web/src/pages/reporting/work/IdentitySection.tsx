import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HandlerView, requestIdentity } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useRefreshReporting } from '../shared/queries.ts';

/**
 * Who the reporter is, if they said: hidden until a custodian approves the handler's reasoned
 * request; then shown here.
 */
export function IdentitySection({ report }: { report: HandlerView }) {
  const { t } = useTranslation();
  const n = 'reporting.identityWork' as const;
  const { identity } = report;
  if (!identity.disclosed) {
    return <Text c="dimmed">{t(`${n}.notDisclosed`)}</Text>;
  }
  if (identity.visible) {
    return (
      <Alert color="blue" variant="light" data-identity-visible>
        <dl className="akniet-facts" style={{ marginTop: 0 }}>
          <dt>{t('reporting.identity.name')}</dt>
          <dd>{identity.visible.name}</dd>
          <dt>{t('reporting.identity.contact')}</dt>
          <dd>{identity.visible.contact}</dd>
          {identity.visible.position && (
            <>
              <dt>{t('reporting.identity.position')}</dt>
              <dd>{identity.visible.position}</dd>
            </>
          )}
        </dl>
        <Text size="xs" mt="xs">
          {t(`${n}.confidential`)}
        </Text>
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Text>{t(`${n}.disclosedHidden`)}</Text>
      {identity.request?.status === 'pending' ? (
        <Alert color="orange" variant="light" data-identity-request="pending">
          {t(`${n}.pending`)}
        </Alert>
      ) : (
        <>
          {identity.request?.status === 'refused' && (
            <Alert color="gray" variant="light" data-identity-request="refused">
              {t(`${n}.refused`)}
              {identity.request.decisionReason && (
                <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
                  {identity.request.decisionReason}
                </Text>
              )}
            </Alert>
          )}
          <RequestForm reportId={report.id} />
        </>
      )}
    </Stack>
  );
}

function RequestForm({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const n = 'reporting.identityWork' as const;
  const ask = useMutation({
    mutationFn: () => requestIdentity(reportId, reason.trim()),
    onSuccess: () => {
      setReason('');
      setChecked(false);
      void refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!reason.trim()) return;
    ask.mutate();
  };
  return (
    <form onSubmit={submit} noValidate data-identity-request-form>
      <Stack gap="sm">
        <Textarea
          label={t(`${n}.reason`)}
          description={t(`${n}.reasonHint`)}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={checked && !reason.trim() ? t('common.required') : null}
        />
        {ask.isError && <ErrorAlert error={ask.error} />}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={ask.isPending}>
            {t(`${n}.request`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
