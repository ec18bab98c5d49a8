import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LegalEntitySort } from '../../../api/endpoints.ts';
import {
  type LegalEntityRow,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { nodePath, organisationKindLabel, registerLabel } from './labels.ts';
import { PAGE_SIZE, useEntitySearch } from './queries.ts';

const SORTS: readonly LegalEntitySort[] = ['name', '-name', 'kind', '-kind'];
const asSort = (s: string): LegalEntitySort =>
  (SORTS as readonly string[]).includes(s) ? (s as LegalEntitySort) : 'name';
const asKind = (v: string): OrganisationKind | undefined =>
  (ORGANISATION_KINDS as readonly string[]).includes(v) ? (v as OrganisationKind) : undefined;

/** Organisations of the graph: state bodies, state organisations and companies, by name or number. */
export function OrganisationResults() {
  const { t } = useTranslation();
  const list = useListParams({ sort: 'name' });
  const sort = asSort(list.sort);
  const kind = asKind(list.filter('kind'));
  const entities = useEntitySearch({ q: list.q, kind, sort, page: list.page });
  const filtered = list.q !== '' || kind !== undefined;
  const n = 'relations.search' as const;
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" role="search" aria-label={t(`${n}.organisationFilters`)}>
        <SearchBox
          label={t(`${n}.searchOrganisations`)}
          placeholder={t(`${n}.searchOrganisationsPlaceholder`)}
          value={list.q}
          onSearch={list.setQ}
        />
        <NativeSelect
          label={t(`${n}.kind`)}
          value={kind ?? ''}
          onChange={(e) => list.setFilter('kind', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.allKinds`) },
            ...ORGANISATION_KINDS.map((k) => ({ value: k, label: organisationKindLabel(t, k) })),
          ]}
          w={{ base: '100%', sm: 240 }}
          data-filter="kind"
        />
      </Group>
      {entities.isError && <ErrorAlert error={entities.error} onRetry={() => entities.refetch()} />}
      {entities.isPending && <Loading />}
      {entities.data &&
        (entities.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {filtered ? t('common.noResults') : t(`${n}.noOrganisations`)}
          </Text>
        ) : (
          <>
            <OrganisationTable items={entities.data.items} sort={sort} onSort={list.setSort} />
            <ListFooter
              total={entities.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}

function OrganisationTable({
  items,
  sort,
  onSort,
}: {
  items: LegalEntityRow[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const n = 'relations.search' as const;
  return (
    <TableScroll label={t(`${n}.organisationsTable`)}>
      <Table striped highlightOnHover miw={720} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <SortableTh
              field="name"
              label={t(`${n}.organisationName`)}
              sort={sort}
              onSort={onSort}
            />
            <SortableTh field="kind" label={t(`${n}.kind`)} sort={sort} onSort={onSort} />
            <Table.Th>{t(`${n}.register`)}</Table.Th>
            <Table.Th>{t(`${n}.registrationNumber`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={o.id} data-organisation-row={o.id}>
              <Table.Td miw={240}>
                <Anchor
                  component={Link}
                  to={nodePath({ type: 'organisation', id: o.id })}
                  size="sm"
                >
                  {o.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{organisationKindLabel(t, o.kind)}</Table.Td>
              <Table.Td>{o.register ? registerLabel(t, o.register) : t('common.none')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {o.registrationNumber ?? t('common.none')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
