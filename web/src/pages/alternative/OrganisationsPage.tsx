import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganisations } from '../../api/endpoints.ts';
import type { Organisation } from '../../api/types.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { PagedTable } from '../../components/table/PagedTable.tsx';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { formatDate } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { MembersModal } from './MembersModal.tsx';
import { RegisterOrganisationModal } from './RegisterOrganisationModal.tsx';

const PAGE_SIZE = 20;

/** The admin's register of civil-society organisations and their members. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const [registering, setRegistering] = useState(false);
  const [membersOf, setMembersOf] = useState<Organisation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const organisations = useQuery({
    queryKey: ['alternative', 'organisations', 'admin', { q: list.q, page: list.page }],
    queryFn: () => listOrganisations({ q: list.q, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t('alternative.admin.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <SearchBox
          label={t('alternative.admin.search')}
          placeholder={t('alternative.admin.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <Button
          onClick={() => {
            setNotice(null);
            setRegistering(true);
          }}
          data-open-register
        >
          {t('alternative.admin.register')}
        </Button>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <PagedTable
        query={organisations}
        label={t('alternative.admin.title')}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => (
          <Table striped highlightOnHover miw={760} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('alternative.admin.name')}</Table.Th>
                <Table.Th>{t('alternative.admin.registrationNumber')}</Table.Th>
                <Table.Th>{t('alternative.admin.websiteColumn')}</Table.Th>
                <Table.Th>{t('alternative.admin.registeredAt')}</Table.Th>
                <Table.Th>
                  <span className="akniet-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((o) => (
                <Table.Tr key={o.id} data-organisation-row={o.registrationNumber}>
                  <Table.Td>
                    {localize(o.name, language)}
                    {o.synthetic && (
                      <Badge ml="xs" size="xs" variant="outline" color="gray" c="gray.8" tt="none">
                        {t('alternative.synthetic')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {o.registrationNumber}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {o.website ? (
                      <Anchor
                        href={o.website}
                        rel="noopener noreferrer nofollow"
                        size="sm"
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {o.website}
                      </Anchor>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(o.createdAt, language)}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="compact-sm"
                      onClick={() => {
                        setNotice(null);
                        setMembersOf(o);
                      }}
                      aria-label={t('alternative.admin.membersOf', {
                        name: localize(o.name, language),
                      })}
                      data-open-members={o.registrationNumber}
                    >
                      {t('alternative.admin.members')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </PagedTable>
      {registering && (
        <RegisterOrganisationModal
          onClose={() => setRegistering(false)}
          onRegistered={() => {
            setRegistering(false);
            setNotice(t('alternative.admin.registered'));
          }}
        />
      )}
      {membersOf && <MembersModal organisation={membersOf} onClose={() => setMembersOf(null)} />}
    </Stack>
  );
}
