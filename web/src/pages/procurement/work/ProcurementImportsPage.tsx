import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OcdsImportDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { useOcdsImports, useRefreshProcurement } from '../queries.ts';
import { EndpointImportButton } from './EndpointImportButton.tsx';
import { ImportDetails } from './ImportDetails.tsx';
import { ImportsTable } from './ImportsTable.tsx';
import { UploadForm } from './UploadForm.tsx';

const PAGE_SIZE = 20;

/**
 * OCDS imports (admin): upload a file or read the portal's endpoint; the list shows each import's
 * progress while it runs (asked again every 2 seconds) and its counts; `?import=ID` opens one
 * with its refused lines.
 */
export function ProcurementImportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const selected = params.get('import');
  const imports = useOcdsImports(page, PAGE_SIZE);
  const refresh = useRefreshProcurement();
  const [notice, setNotice] = useState<string | null>(null);
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const queued = (message: string) => (detail: OcdsImportDetail) => {
    setNotice(message);
    set({ import: detail.id, page: null });
    void refresh();
  };
  const i = 'procurement.imports' as const;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t(`${i}.title`)}</PageTitle>
        <Text className="akniet-reading">{t(`${i}.intro`)}</Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Group align="flex-start" gap="xl" wrap="wrap">
        <UploadForm
          onQueued={(detail) => queued(t(`${i}.uploaded`, { name: detail.source }))(detail)}
        />
        <EndpointImportButton onQueued={queued(t(`${i}.endpointQueued`))} />
      </Group>
      {selected && <ImportDetails id={selected} onClose={() => set({ import: null })} />}
      <section aria-labelledby="imports-list">
        <Title order={2} fz="lg" id="imports-list" mb="xs">
          {t(`${i}.list`)}
        </Title>
        {imports.isError && <ErrorAlert error={imports.error} onRetry={() => imports.refetch()} />}
        {imports.isPending && <Loading />}
        {imports.data && (
          <>
            {imports.data.items.length === 0 ? (
              <Text c="dimmed" data-no-imports>
                {t(`${i}.empty`)}
              </Text>
            ) : (
              <ImportsTable items={imports.data.items} onDetails={(id) => set({ import: id })} />
            )}
            <ListFooter
              total={imports.data.total}
              page={page}
              pageSize={PAGE_SIZE}
              onPage={(p) => set({ page: p === 1 ? null : String(p) })}
            />
          </>
        )}
      </section>
    </Stack>
  );
}
