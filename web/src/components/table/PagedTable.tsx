import { Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { Loading } from '../Loading.tsx';
import { ListFooter } from './ListFooter.tsx';
import { TableScroll } from './TableScroll.tsx';

/**
 * One page of a list from the server: loading and errors (with a retry), the table that `children`
 * draws from the page's items, "no results" when the page is empty, then the count and page switcher.
 */
export function PagedTable<T>({
  query,
  label,
  page,
  pageSize,
  onPage,
  children,
}: {
  query: UseQueryResult<Page<T>>;
  label: string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const { data } = query;
  return (
    <>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {query.isPending && <Loading />}
      {data && (
        <>
          <TableScroll label={label}>{children(data.items)}</TableScroll>
          {data.items.length === 0 && <Text c="dimmed">{t('common.noResults')}</Text>}
          <ListFooter total={data.total} page={page} pageSize={pageSize} onPage={onPage} />
        </>
      )}
    </>
  );
}
