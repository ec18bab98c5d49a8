import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getJob, startChainCheck } from '../../../api/endpoints.ts';
import type { ChainCheck, Job } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

const finished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Starts the audit-chain check as a background job and follows it until it ends. */
export function VerifyChain() {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: startChainCheck });
  const jobId = start.data?.jobId ?? null;

  const job = useQuery({
    queryKey: ['admin', 'jobs', 'one', jobId],
    queryFn: () => getJob(jobId as string),
    enabled: jobId !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
    staleTime: 0,
  });

  const running = start.isPending || (jobId !== null && !finished(job.data) && !job.isError);

  return (
    <div>
      <Group>
        <Button
          variant="outline"
          onClick={() => start.mutate()}
          disabled={running}
          data-testid="verify-chain"
        >
          {t('audit.verify')}
        </Button>
        <div aria-live="polite" role="status">
          {running && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">{t('audit.verifying')}</Text>
            </Group>
          )}
        </div>
      </Group>
      {start.isError && <ErrorAlert error={start.error} />}
      {job.isError && <ErrorAlert error={job.error} />}
      {job.data && finished(job.data) && <ChainResult job={job.data} />}
    </div>
  );
}

function ChainResult({ job }: { job: Job }) {
  const { t } = useTranslation();
  if (job.status === 'failed') {
    return (
      <Alert role="alert" color="red" variant="light" mt="sm" data-testid="verify-result">
        {t('audit.verifyFailed', { error: job.lastError ?? t('errors.unexpected') })}
      </Alert>
    );
  }
  const result = job.result as ChainCheck | null;
  if (result?.ok) {
    return (
      <Alert role="status" color="green" variant="light" mt="sm" data-testid="verify-result">
        {t('audit.verifyOk', { checked: result.checked })}
      </Alert>
    );
  }
  return (
    <Alert role="alert" color="red" variant="light" mt="sm" data-testid="verify-result">
      {t('audit.verifyBroken', { id: result?.firstBrokenId ?? '?' })}
      {result?.reason && (
        <Text size="sm" mt={4}>
          {result.reason}
        </Text>
      )}
    </Alert>
  );
}
