import { Button, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDeclarationVersion, openCorrectiveDeclaration } from '../../../api/endpoints.ts';
import type { MyDeclaration } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ConfirmModal } from '../../work/ConfirmModal.tsx';
import { ContentSummary } from './ContentSummary.tsx';
import { VersionsTable } from './VersionsTable.tsx';

/**
 * A submitted declaration: its versions with receipts, the content of the one chosen (the latest
 * first), and the way to file a corrective declaration.
 */
export function SubmittedView({
  declaration,
  onCorrective,
}: {
  declaration: MyDeclaration;
  onCorrective: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(declaration.version);
  const [asking, setAsking] = useState(false);
  const latest = shown === declaration.version;
  const older = useQuery({
    queryKey: ['declarations', 'mine', declaration.id, 'versions', shown],
    queryFn: () => getDeclarationVersion(declaration.id, shown),
    enabled: !latest,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const corrective = useMutation({
    mutationFn: () => openCorrectiveDeclaration(declaration.id),
    onSuccess: async () => {
      await onCorrective();
      setAsking(false);
    },
  });
  const content = latest ? declaration.submitted : (older.data?.content ?? null);

  return (
    <Stack gap="lg">
      <section aria-labelledby="declaration-versions-title">
        <Group justify="space-between" mb="sm" gap="sm">
          <Title order={2} fz="xl" id="declaration-versions-title">
            {t('declarationForm.view.versionsTitle')}
          </Title>
          <Button
            variant="default"
            onClick={() => {
              corrective.reset();
              setAsking(true);
            }}
          >
            {t('declarationForm.view.corrective')}
          </Button>
        </Group>
        <VersionsTable versions={declaration.versions} shown={shown} onShow={setShown} />
      </section>
      <section aria-labelledby="declaration-content-title">
        <Title order={2} fz="xl" id="declaration-content-title" mb="sm">
          {t('declarationForm.view.contentTitle', { version: shown })}
        </Title>
        {!latest && older.isError && (
          <ErrorAlert error={older.error} onRetry={() => older.refetch()} />
        )}
        {!latest && older.isPending && <Loading />}
        {content && <ContentSummary content={content} />}
      </section>
      {asking && (
        <ConfirmModal
          title={t('declarationForm.view.correctiveTitle')}
          text={t('declarationForm.view.correctiveText')}
          confirmLabel={t('declarationForm.view.correctiveConfirm')}
          loading={corrective.isPending}
          error={corrective.error}
          onConfirm={() => corrective.mutate()}
          onClose={() => setAsking(false)}
        />
      )}
    </Stack>
  );
}
