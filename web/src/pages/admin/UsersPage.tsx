import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers } from '../../api/endpoints.ts';
import type { AdminUser } from '../../api/types.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { RoleBadges } from '../../components/RoleBadges.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { Tag } from '../../components/Tag.tsx';
import { PagedTable } from '../../components/table/PagedTable.tsx';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { SortableTh } from '../../components/table/SortableTh.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { formatDate } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CreateUserModal } from './users/CreateUserModal.tsx';
import { EditUserModal } from './users/EditUserModal.tsx';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: 'username' });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const users = useQuery({
    queryKey: ['admin', 'users', { q: list.q, page: list.page, sort: list.sort }],
    queryFn: () => listUsers({ q: list.q, page: list.page, pageSize: PAGE_SIZE, sort: list.sort }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t('users.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <SearchBox
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={list.q}
          onSearch={list.setQ}
        />
        <Button
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          {t('users.create')}
        </Button>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <PagedTable
        query={users}
        label={t('users.title')}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => (
          <Table striped highlightOnHover miw={760} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <SortableTh
                  field="username"
                  label={t('users.username')}
                  sort={list.sort}
                  onSort={list.setSort}
                />
                <SortableTh
                  field="displayName"
                  label={t('users.displayName')}
                  sort={list.sort}
                  onSort={list.setSort}
                />
                <Table.Th>{t('users.roles')}</Table.Th>
                <Table.Th>{t('users.agency')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <SortableTh
                  field="createdAt"
                  label={t('users.createdAt')}
                  sort={list.sort}
                  onSort={list.setSort}
                />
                <Table.Th>
                  <span className="akniet-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((user) => (
                <Table.Tr key={user.id} data-username={user.username}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {user.username}
                    </Text>
                  </Table.Td>
                  <Table.Td>{user.displayName}</Table.Td>
                  <Table.Td>
                    <RoleBadges roles={user.roles} />
                  </Table.Td>
                  <Table.Td>
                    {user.agencyName ? localize(user.agencyName, language) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <UserStatus user={user} />
                  </Table.Td>
                  <Table.Td>{formatDate(user.createdAt, language)}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="compact-sm"
                      onClick={() => {
                        setNotice(null);
                        setEditing(user);
                      }}
                      aria-label={t('users.editNamed', { name: user.displayName })}
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
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          setNotice(t('users.created'));
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice(t('users.saved'));
        }}
      />
    </Stack>
  );
}

function UserStatus({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();
  return (
    <Group gap={4}>
      {user.active ? (
        <Tag color="green">{t('users.active')}</Tag>
      ) : (
        <Tag color="gray">{t('users.inactive')}</Tag>
      )}
      {locked && <Tag color="orange">{t('users.locked')}</Tag>}
    </Group>
  );
}
