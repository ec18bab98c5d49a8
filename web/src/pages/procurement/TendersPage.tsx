import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TenderSort } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { PartyFilter } from './PartyFilter.tsx';
import { useTenders } from './queries.ts';
import { TENDER_SORTS, TenderFilters } from './TenderFilters.tsx';
import { TendersTable } from './TendersTable.tsx';

const PAGE_SIZE = 25;
const SORT_FIELDS = ['publishedAt', 'value', 'risk', 'bidders', 'flags'];

/** A sort from the address, if the server offers it ("-risk"); the newest first otherwise. */
function parseSort(value: string): TenderSort {
  const field = value.replace(/^-/, '');
  return SORT_FIELDS.includes(field) ? (value as TenderSort) : TENDER_SORTS.newest;
}

const parseYear = (value: string) => (/^\d{4}$/.test(value) ? Number(value) : null);

/**
 * The public list of tenders (Plan item 6): search, filters by year, region, method and red flag,
 * sortable columns and pages; every row leads to the tender with its flags and their evidence.
 * A buyer's or supplier's profile opens it narrowed to their tenders (?buyer= / ?supplier=).
 */
export function TendersPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: TENDER_SORTS.newest });
  const sort = parseSort(list.sort);
  const year = parseYear(list.filter('year'));
  const buyer = list.filter('buyer');
  const supplier = list.filter('supplier');
  const values = {
    q: list.q,
    year,
    region: list.filter('region'),
    method: list.filter('method'),
    flag: list.filter('flag'),
    sort,
  };
  const tenders = useTenders({
    q: values.q || undefined,
    year: year ?? undefined,
    region: values.region || undefined,
    method: values.method || undefined,
    flag: values.flag || undefined,
    buyer: buyer || undefined,
    supplier: supplier || undefined,
    sort,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = tenders.data;
  const filtered =
    Boolean(values.q || values.region || values.method || values.flag || buyer || supplier) ||
    year !== null;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('procurement.title')}</PageTitle>
        <Text className="akniet-reading">{t('procurement.intro')}</Text>
        <Anchor component={Link} to="/procurement/dashboard" mt="xs" display="inline-block">
          {t('procurement.dashboardLink')}
        </Anchor>
      </div>
      {buyer && (
        <PartyFilter kind="buyer" id={buyer} onClear={() => list.setFilter('buyer', null)} />
      )}
      {supplier && (
        <PartyFilter
          kind="supplier"
          id={supplier}
          onClear={() => list.setFilter('supplier', null)}
        />
      )}
      <TenderFilters
        values={values}
        onSearch={list.setQ}
        onFilter={list.setFilter}
        onSort={list.setSort}
      />
      {tenders.isError && <ErrorAlert error={tenders.error} onRetry={() => tenders.refetch()} />}
      {tenders.isPending && <Loading />}
      {data && (
        <div aria-busy={tenders.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-tenders-empty>
              {filtered ? t('common.noResults') : t('procurement.empty')}
            </Text>
          ) : (
            <TendersTable items={data.items} sort={sort} onSort={list.setSort} />
          )}
          <ListFooter
            total={data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </div>
      )}
    </Stack>
  );
}
