import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUsers } from '../../api/endpoints.ts';

/**
 * Picks an account that may become a member: only accounts holding the role 'public' are
 * offered (the server refuses others), found by name on the server.
 */
export function PublicAccountSelect({
  value,
  onChange,
  excludeIds,
}: {
  value: string | null;
  onChange: (userId: string | null) => void;
  excludeIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const accounts = useQuery({
    queryKey: ['admin', 'users', 'public-options', q],
    queryFn: () => listUsers({ q, page: 1, pageSize: 50, sort: 'username' }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const data = (accounts.data?.items ?? [])
    .filter((u) => u.active && u.roles.includes('public') && !excludeIds.has(u.id))
    .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));

  return (
    <Select
      label={t('alternative.admin.account')}
      description={t('alternative.admin.accountHint')}
      placeholder={t('agencies.typeToSearch')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      onSearchChange={(text) => {
        // Choosing an option fills the field with its label: that is not a new search.
        if (!data.some((o) => o.label === text)) setSearch(text);
      }}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.noResults')}
      comboboxProps={{ withinPortal: true }}
      data-field="member-account"
    />
  );
}
