import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getConflictDetectionRun, runConflictDetection } from '../../../../api/endpoints.ts';
import type { Job } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { useRefreshConflicts } from '../queries.ts';

const finished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/**
 * Runs the full detection pass now (it also runs nightly) as a background job, follows the job
 * until it ends and then reloads the queue.
 */
export function RunDetectionButton() {
  const { t } = useTranslation();
  const refresh = useRefreshConflicts();
  const start = useMutation({ mutationFn: runConflictDetection });
  const jobId = start.data?.jobId ?? null;
  const job = useQuery({
    queryKey: ['conflict-detection-run', jobId],
    queryFn: () => getConflictDetectionRun(jobId as string),
    enabled: jobId !== null,
    refetchInterval: (query) => (finished(query.state.data) || query.state.error ? false : 1500),
    retry: false,
    staleTime: 0,
  });
  const status = job.data?.status;
  const running = start.isPending || (jobId !== null && !finished(job.data) && !job.isError);

  useEffect(() => {
    if (status === 'done') void refresh();
  }, [status, refresh]);

  const n = 'conflictWork.detection' as const;
  return (
    <Stack gap="xs" align="flex-end" maw={420}>
      <Button
        variant="default"
        onClick={() => start.mutate()}
        disabled={running}
        data-action="run-detection"
      >
        {t(`${n}.run`)}
      </Button>
      <div aria-live="polite" role="status" data-detection-status={status ?? ''}>
        {running && (
          <Group gap="xs">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm">{status === 'running' ? t(`${n}.running`) : t(`${n}.queued`)}</Text>
          </Group>
        )}
        {status === 'done' && (
          <Text size="sm" c="green.9">
            {t(`${n}.done`)}
          </Text>
        )}
        {/* Without a way to follow the job the run still goes on: say so, the queue fills in later. */}
        {job.isError && (
          <Text size="sm" c="gray.8">
            {t(`${n}.started`)}
          </Text>
        )}
      </div>
      {start.isError && <ErrorAlert error={start.error} />}
      {status === 'failed' && (
        <Alert role="alert" color="red" variant="light">
          {t(`${n}.failed`, { error: job.data?.lastError ?? t('errors.unexpected') })}
        </Alert>
      )}
    </Stack>
  );
}
