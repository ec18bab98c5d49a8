import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeopleSort } from '../../../api/endpoints.ts';
import type { PersonRow } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate } from '../../../format/dates.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { nodePath } from './labels.ts';
import { OfficialPostText } from './OfficialPostText.tsx';
import { PAGE_SIZE, usePeopleSearch } from './queries.ts';

const SORTS: readonly PeopleSort[] = ['name', '-name', 'findings', '-findings'];
const asSort = (s: string): PeopleSort =>
  (SORTS as readonly string[]).includes(s) ? (s as PeopleSort) : '-findings';
const asOfficial = (v: string) => (v === 'true' ? true : v === 'false' ? false : undefined);

/** People of the graph: officials, their relatives, company officers; most open findings first. */
export function PeopleResults() {
  const { t } = useTranslation();
  const list = useListParams({ sort: '-findings' });
  const sort = asSort(list.sort);
  const official = asOfficial(list.filter('official'));
  const people = usePeopleSearch({ q: list.q, official, sort, page: list.page });
  const filtered = list.q !== '' || official !== undefined;
  const n = 'relations.search' as const;
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" role="search" aria-label={t(`${n}.peopleFilters`)}>
        <SearchBox
          label={t(`${n}.searchPeople`)}
          placeholder={t(`${n}.searchPeoplePlaceholder`)}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t(`${n}.who`)}
          value={list.filter('official')}
          onChange={(e) => list.setFilter('official', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.everyone`) },
            { value: 'true', label: t(`${n}.officials`) },
            { value: 'false', label: t(`${n}.notOfficials`) },
          ]}
          w={{ base: '100%', sm: 240 }}
          data-filter="official"
        />
      </Group>
      {people.isError && <ErrorAlert error={people.error} onRetry={() => people.refetch()} />}
      {people.isPending && <Loading />}
      {people.data &&
        (people.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {filtered ? t('common.noResults') : t(`${n}.noPeople`)}
          </Text>
        ) : (
          <>
            <PeopleTable items={people.data.items} sort={sort} onSort={list.setSort} />
            <ListFooter
              total={people.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}

function PeopleTable({
  items,
  sort,
  onSort,
}: {
  items: PersonRow[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'relations.search' as const;
  return (
    <TableScroll label={t(`${n}.peopleTable`)}>
      <Table striped highlightOnHover miw={720} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={t(`${n}.name`)} sort={sort} onSort={onSort} />
            <Table.Th>{t(`${n}.birthDate`)}</Table.Th>
            <Table.Th>{t(`${n}.post`)}</Table.Th>
            <SortableTh
              field="findings"
              label={t(`${n}.openFindings`)}
              sort={sort}
              onSort={onSort}
            />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-person-row={p.id}>
              <Table.Td miw={200}>
                <Anchor component={Link} to={nodePath({ type: 'person', id: p.id })} size="sm">
                  {p.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {p.birthDate ? formatDate(p.birthDate, language) : t('common.none')}
              </Table.Td>
              <Table.Td miw={220}>
                {p.official ? <OfficialPostText official={p.official} /> : t(`${n}.notOfficial`)}
              </Table.Td>
              <Table.Td>
                {p.openFindings > 0 ? (
                  <Tag color="red">{formatCount(p.openFindings, language)}</Tag>
                ) : (
                  formatCount(0, language)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
