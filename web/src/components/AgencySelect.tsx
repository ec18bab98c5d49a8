import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAgency, listAgencies } from '../api/endpoints.ts';
import { localize } from '../format/localized.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Picks one agency, searching on the server (there may be hundreds of local governments). */
export function AgencySelect({
  label,
  value,
  onChange,
  excludeId,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState('');

  const selected = useQuery({
    queryKey: ['agencies', 'one', value],
    queryFn: () => getAgency(value as string),
    enabled: value !== null,
    staleTime: 300_000,
  });
  const selectedLabel = selected.data ? localize(selected.data.name, language) : '';
  // Once an option is chosen the field shows its name; that is not a new search.
  const typed = search === selectedLabel ? '' : search;
  const [q] = useDebouncedValue(typed, 250);

  const options = useQuery({
    queryKey: ['agencies', 'options', q],
    queryFn: () => listAgencies({ q, page: 1, pageSize: 50, sort: 'name' }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const agencies = [...(selected.data ? [selected.data] : []), ...(options.data?.items ?? [])];
  const seen = new Set<string>();
  const data = agencies
    .filter((a) => a.id !== excludeId && !seen.has(a.id) && seen.add(a.id))
    .map((a) => ({ value: a.id, label: localize(a.name, language) }));

  return (
    <Select
      label={label}
      placeholder={t('agencies.typeToSearch')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('common.noResults')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
