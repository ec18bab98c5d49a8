import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listConflictCases } from '../../../../api/endpoints.ts';
import type { ConflictCaseRow } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/Loading.tsx';
import { PageTitle } from '../../../../components/PageTitle.tsx';
import { ListFooter } from '../../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../../components/table/SearchBox.tsx';
import { SortableTh } from '../../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../../components/table/useListParams.ts';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { CONFLICTS_KEY } from '../queries.ts';
import { CaseStateTag } from '../shared/Tags.tsx';
import { agencyLabel } from '../shared/terms.ts';
import { asCaseSort, asCaseState, CASE_STATES, DEFAULT_CASE_SORT } from './caseParams.ts';

const PAGE_SIZE = 20;
const SORTS = { newest: '-opened', oldest: 'opened', name: 'name', state: 'state' } as const;

/** Conflict-of-interest cases: the verifier's and prosecutor's all, a head's their own agency's. */
export function ConflictCasesPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: DEFAULT_CASE_SORT });
  const n = 'conflictWork.cases' as const;
  const filters = {
    search: list.q,
    state: asCaseState(list.filter('state')) || undefined,
    sort: asCaseSort(list.sort),
  };
  const filtered = filters.search !== '' || filters.state !== undefined;
  const cases = useQuery({
    queryKey: [...CONFLICTS_KEY, 'cases', filters, list.page],
    queryFn: () => listConflictCases({ ...filters, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <Group align="flex-end" gap="md" role="search" aria-label={t(`${n}.filters`)}>
        <SearchBox
          label={t(`${n}.search`)}
          placeholder={t(`${n}.searchPlaceholder`)}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t(`${n}.state`)}
          value={filters.state ?? ''}
          onChange={(e) => list.setFilter('state', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.allStates`) },
            ...CASE_STATES.map((s) => ({ value: s, label: t(`conflictTerms.caseStates.${s}`) })),
          ]}
          w={{ base: '100%', sm: 220 }}
          data-filter="state"
        />
        {/* On a phone the table's sortable headers are out of sight: the order as a select. */}
        <NativeSelect
          label={t(`${n}.sort`)}
          value={filters.sort}
          onChange={(e) => list.setSort(e.currentTarget.value)}
          data={Object.entries(SORTS).map(([key, value]) => ({
            value,
            label: t(`${n}.sorts.${key as keyof typeof SORTS}`),
          }))}
          hiddenFrom="sm"
          w="100%"
          data-sort-select
        />
      </Group>
      {cases.isError && <ErrorAlert error={cases.error} onRetry={() => cases.refetch()} />}
      {cases.isPending && <Loading />}
      {cases.data &&
        (cases.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {filtered ? t('common.noResults') : t(`${n}.empty`)}
          </Text>
        ) : (
          <>
            <CasesTable items={cases.data.items} sort={filters.sort} onSort={list.setSort} />
            <ListFooter
              total={cases.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}

function CasesTable({
  items,
  sort,
  onSort,
}: {
  items: ConflictCaseRow[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'conflictWork.cases' as const;
  return (
    <TableScroll label={t(`${n}.tableLabel`)}>
      <Table striped highlightOnHover miw={860} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={t(`${n}.official`)} sort={sort} onSort={onSort} />
            <Table.Th>{t(`${n}.summary`)}</Table.Th>
            <Table.Th>{t(`${n}.origin`)}</Table.Th>
            <SortableTh field="state" label={t(`${n}.stateColumn`)} sort={sort} onSort={onSort} />
            <SortableTh field="opened" label={t(`${n}.openedAt`)} sort={sort} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-case-row={c.id}>
              <Table.Td miw={200}>
                <Anchor component={Link} to={`/work/conflict-cases/${c.id}`} size="sm" fw={600}>
                  {c.official.fullName}
                </Anchor>
                {c.official.post && (
                  <Text size="xs" c="gray.7">
                    {c.official.post}
                  </Text>
                )}
                <Text size="xs" c="gray.7">
                  {agencyLabel(c.agency, language)}
                </Text>
              </Table.Td>
              <Table.Td miw={260}>
                <Text size="sm" lineClamp={3}>
                  {c.summary}
                </Text>
                <Text size="xs" c="gray.7" mt={4}>
                  {t(`${n}.counts`, {
                    findings: c.findingCount,
                    notifications: c.notificationCount,
                  })}
                </Text>
              </Table.Td>
              <Table.Td>{t(`conflictTerms.caseOrigins.${c.origin}`)}</Table.Td>
              <Table.Td>
                <CaseStateTag state={c.state} />
                {c.outcome && (
                  <Text size="xs" c="gray.7" mt={4}>
                    {t(`conflictTerms.outcomes.${c.outcome}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(c.openedAt, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
