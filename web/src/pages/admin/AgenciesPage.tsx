import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAgencies } from '../../api/endpoints.ts';
import { AGENCY_KINDS, type Agency } from '../../api/types.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { PagedTable } from '../../components/table/PagedTable.tsx';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { SortableTh } from '../../components/table/SortableTh.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { AgencyFormModal } from './agencies/AgencyFormModal.tsx';

const PAGE_SIZE = 20;

export function AgenciesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: 'name' });
  const kind = list.filter('kind');
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const agencies = useQuery({
    queryKey: ['agencies', 'list', { q: list.q, kind, page: list.page, sort: list.sort }],
    queryFn: () =>
      listAgencies({ q: list.q, kind, page: list.page, pageSize: PAGE_SIZE, sort: list.sort }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t('agencies.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SearchBox
            label={t('agencies.search')}
            placeholder={t('agencies.searchPlaceholder')}
            value={list.q}
            onSearch={list.setQ}
          />
          <Select
            label={t('agencies.kind')}
            placeholder={t('agencies.allKinds')}
            data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={kind || null}
            onChange={(value) => list.setFilter('kind', value)}
            clearable
            w={{ base: '100%', sm: 260 }}
          />
        </Group>
        <Button
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
        >
          {t('agencies.create')}
        </Button>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <PagedTable
        query={agencies}
        label={t('agencies.title')}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => (
          <Table striped highlightOnHover miw={720} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <SortableTh
                  field="code"
                  label={t('agencies.code')}
                  sort={list.sort}
                  onSort={list.setSort}
                />
                <SortableTh
                  field="name"
                  label={t('agencies.name')}
                  sort={list.sort}
                  onSort={list.setSort}
                />
                <Table.Th>{t('agencies.kind')}</Table.Th>
                <Table.Th>
                  <span className="akniet-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((agency) => (
                <Table.Tr key={agency.id}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {agency.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {localize(agency.name, language)}
                    {agency.synthetic && (
                      <Badge ml="xs" size="xs" variant="outline" color="gray" c="gray.8" tt="none">
                        {t('agencies.synthetic')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`kinds.${agency.kind}`)}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="compact-sm"
                      aria-label={`${t('common.edit')}: ${localize(agency.shortName, language) || agency.code}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing(agency);
                      }}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </PagedTable>
      {editing && (
        <AgencyFormModal
          key={editing === 'new' ? 'new' : editing.id}
          agency={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(created) => {
            setEditing(null);
            setNotice(created ? t('agencies.created') : t('agencies.saved'));
          }}
        />
      )}
    </Stack>
  );
}
