import '../../declarations/public/cardTable.css';
import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseStatus, CourtDetail } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { PagedTable } from '../../../components/table/PagedTable.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useCases } from '../queries.ts';
import { casePath } from '../terms.ts';

const PAGE_SIZE = 25;
const STATUSES: readonly CaseStatus[] = ['allocated', 'unallocated'];
const isStatus = (value: string): value is CaseStatus => STATUSES.includes(value as CaseStatus);
type Column = 'number' | 'category' | 'filedAt' | 'judge' | 'status' | 'parties';

/** The court's cases, newest first, searchable by number and filtered by status. */
export function CasesList({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const status = list.filter('status');
  const cases = useCases(court.code, {
    q: list.q || undefined,
    status: isStatus(status) ? status : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  const c = 'courts.work.cases' as const;
  const column = (key: Column) => t(`${c}.columns.${key}`);
  const categoryName = (code: string) => {
    const category = court.categories.find((x) => x.code === code);
    return category ? localize(category.name, language) : code;
  };

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchBox
          label={t(`${c}.search`)}
          placeholder={t(`${c}.searchPlaceholder`)}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t(`${c}.status`)}
          value={isStatus(status) ? status : ''}
          onChange={(e) => list.setFilter('status', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${c}.allStatuses`) },
            ...STATUSES.map((s) => ({ value: s, label: t(`${c}.statuses.${s}`) })),
          ]}
          w={{ base: '100%', xs: 220 }}
          data-filter="status"
        />
      </Group>
      <PagedTable
        query={cases}
        label={t(`${c}.tableLabel`)}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => (
          <Table
            striped
            verticalSpacing="sm"
            className="akniet-card-table"
            style={{ '--card-table-min': '900px' }}
            data-cases-table
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{column('number')}</Table.Th>
                <Table.Th>{column('category')}</Table.Th>
                <Table.Th>{column('filedAt')}</Table.Th>
                <Table.Th>{column('judge')}</Table.Th>
                <Table.Th>{column('status')}</Table.Th>
                <Table.Th>{column('parties')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((row) => (
                <Table.Tr key={row.id} data-case={row.number} data-status={row.status}>
                  <Table.Td data-card-title>
                    <Anchor component={Link} to={casePath(row.id)} fw={600}>
                      {row.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td data-label={column('category')}>{categoryName(row.category)}</Table.Td>
                  <Table.Td data-label={column('filedAt')}>
                    {formatDateTime(row.filedAt, language)}
                  </Table.Td>
                  <Table.Td data-label={column('judge')} data-judge>
                    {row.judge?.name ?? t('common.none')}
                  </Table.Td>
                  <Table.Td data-label={column('status')}>
                    <Tag color={row.status === 'allocated' ? 'green' : 'orange'}>
                      {t(`${c}.statuses.${row.status}`)}
                    </Tag>
                  </Table.Td>
                  <Table.Td data-label={column('parties')} data-wide>
                    <Text span size="sm">
                      {row.parties
                        .map((p) => `${p.name} (${t(`courts.partyRoles.${p.role}`)})`)
                        .join('; ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </PagedTable>
    </Stack>
  );
}
