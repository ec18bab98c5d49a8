import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtAllocationSort, CourtDetail } from '../../../api/types.ts';
import { PagedTable } from '../../../components/table/PagedTable.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { useAllocations } from '../queries.ts';
import { dayParam } from '../terms.ts';
import { AllocationsTable } from './AllocationsTable.tsx';
import { DateRange } from './DateRange.tsx';

const PAGE_SIZE = 25;

/**
 * Every allocation of the court, newest first: when, which case, its category, the judge the
 * lot chose (and for a re-allocation the judge before and the legal reason), how many judges
 * were eligible, and the hash of the inputs the draw was made from. Filters live in the address.
 */
export function AllocationsTab({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const list = useListParams({ sort: '-at' });
  const sort: CourtAllocationSort = list.sort === 'at' ? 'at' : '-at';
  const from = dayParam(list.filter('from'));
  const to = dayParam(list.filter('to'));
  const judge = list.filter('judge');
  const allocations = useAllocations(court.code, {
    q: list.q || undefined,
    from,
    to,
    judge: judge || undefined,
    sort,
    page: list.page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Stack gap="md">
      <Text className="akniet-reading">{t('courts.allocations.intro')}</Text>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <SearchBox
          label={t('courts.allocations.search')}
          placeholder={t('courts.allocations.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t('courts.allocations.judge')}
          value={judge}
          onChange={(e) => list.setFilter('judge', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('courts.allocations.allJudges') },
            ...court.judges.map((j) => ({ value: j.id, label: j.name })),
          ]}
          w={{ base: '100%', xs: 260 }}
          data-filter="judge"
        />
        <DateRange
          from={from ?? ''}
          to={to ?? ''}
          onChange={(key, value) => list.setFilter(key, value)}
        />
      </Group>
      <PagedTable
        query={allocations}
        label={t('courts.allocations.tableLabel')}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => <AllocationsTable items={items} sort={sort} onSort={list.setSort} />}
      </PagedTable>
    </Stack>
  );
}
