import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getOpenData } from '../api/endpoints.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { DatasetCard } from './opendata/DatasetCard.tsx';

/** The public catalogue of datasets, each downloadable as CSV, JSON and datapackage.json. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const catalog = useQuery({ queryKey: ['opendata'], queryFn: getOpenData });

  return (
    <Stack>
      <PageTitle>{t('opendata.title')}</PageTitle>
      <Text maw={820}>{t('opendata.intro')}</Text>
      {catalog.isPending && <Loading />}
      {catalog.isError && <ErrorAlert error={catalog.error} onRetry={() => catalog.refetch()} />}
      {catalog.data && catalog.data.datasets.length === 0 && (
        <Text c="dimmed">{t('opendata.empty')}</Text>
      )}
      {catalog.data && catalog.data.datasets.length > 0 && (
        <ul className="akniet-plain-list akniet-stack">
          {catalog.data.datasets.map((dataset) => (
            <li key={dataset.name}>
              <DatasetCard dataset={dataset} />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
