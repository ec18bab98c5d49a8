import { Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { importFromOcdsEndpoint } from '../../../api/endpoints.ts';
import type { OcdsImportDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';

/** Queues an import from the portal's configured endpoint; says so in the server's words if none is. */
export function EndpointImportButton({
  onQueued,
}: {
  onQueued: (queued: OcdsImportDetail) => void;
}) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: importFromOcdsEndpoint, onSuccess: onQueued });
  return (
    <Stack gap="xs" data-endpoint-import>
      <div>
        <Button variant="outline" onClick={() => start.mutate()} loading={start.isPending}>
          {t('procurement.imports.endpoint')}
        </Button>
        <Text size="xs" c="gray.7" mt={4}>
          {t('procurement.imports.endpointHint')}
        </Text>
      </div>
      {start.isError && <ErrorAlert error={start.error} />}
    </Stack>
  );
}
