import { Anchor, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recheckAllDeclarations } from '../../../api/endpoints.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { mayOpen } from '../../../navigation.ts';
import { useSession } from '../../../session/useSession.ts';

/** Runs the nightly re-check of every submitted declaration now, as a background job. */
export function RecheckButton() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const run = useMutation({ mutationFn: recheckAllDeclarations });
  return (
    <Stack gap="xs">
      <div>
        <Button
          variant="default"
          loading={run.isPending}
          onClick={() => run.mutate()}
          data-action="recheck"
        >
          {t('declarationChecks.queue.recheck')}
        </Button>
      </div>
      {run.isError && <ErrorAlert error={run.error} />}
      {run.isSuccess && (
        <SuccessNotice
          message={t('declarationChecks.queue.recheckStarted', { id: run.data.jobId })}
          onClose={() => run.reset()}
        />
      )}
      {run.isSuccess && mayOpen(['admin'], roles) && (
        <Anchor component={Link} to="/admin/jobs" size="sm">
          {t('declarationChecks.queue.openJobs')}
        </Anchor>
      )}
    </Stack>
  );
}
