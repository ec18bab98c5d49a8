import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { SyntheticNotice } from '../../../components/SyntheticNotice.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { DeclarationYearSelect, parseDeclarationYear } from './DeclarationYearSelect.tsx';
import { PublicationRules } from './PublicationRules.tsx';
import { PublishedDeclarationsTable } from './PublishedDeclarationsTable.tsx';
import { parseDeclarationId, usePublishedDeclarations } from './queries.ts';
import { SortSelect } from './SortSelect.tsx';

const PAGE_SIZE = 20;

/** The public search of published declarations: by name, year and agency, sorted, paged. */
export function PublicDeclarationsPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: 'name' });
  const year = parseDeclarationYear(list.filter('year'));
  const agencyId = parseDeclarationId(list.filter('agency') || undefined);
  const declarations = usePublishedDeclarations({
    q: list.q,
    year,
    agencyId,
    sort: list.sort,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const data = declarations.data;
  const filtered = Boolean(list.q) || year !== null || agencyId !== null;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('publicDeclarations.title')}</PageTitle>
        <Text className="akniet-reading">{t('publicDeclarations.intro')}</Text>
      </div>
      {data?.items.some((row) => row.synthetic) && (
        <SyntheticNotice title={t('publicDeclarations.syntheticTitle')}>
          {t('publicDeclarations.syntheticText')}
        </SyntheticNotice>
      )}
      <Group align="flex-end" gap="md" role="search" aria-label={t('publicDeclarations.filters')}>
        <SearchBox
          label={t('publicDeclarations.search')}
          placeholder={t('publicDeclarations.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <DeclarationYearSelect
          value={year}
          onChange={(y) => list.setFilter('year', y === null ? null : String(y))}
        />
        <Box w={{ base: '100%', sm: 360 }} data-filter="agency">
          <AgencySelect
            label={t('publicDeclarations.agency')}
            value={agencyId}
            onChange={(id) => list.setFilter('agency', id)}
          />
        </Box>
        <SortSelect sort={list.sort} onSort={list.setSort} />
      </Group>
      {declarations.isError && (
        <ErrorAlert error={declarations.error} onRetry={() => declarations.refetch()} />
      )}
      {declarations.isPending && <Loading />}
      {data && (
        <div aria-busy={declarations.isFetching || undefined}>
          {data.items.length === 0 ? (
            <Text c="dimmed" data-declarations-empty>
              {filtered ? t('common.noResults') : t('publicDeclarations.empty')}
            </Text>
          ) : (
            <PublishedDeclarationsTable items={data.items} sort={list.sort} onSort={list.setSort} />
          )}
          <ListFooter
            total={data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </div>
      )}
      <PublicationRules />
    </Stack>
  );
}
