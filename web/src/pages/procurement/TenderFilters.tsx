import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenderSort } from '../../api/types.ts';
import { SearchBox } from '../../components/table/SearchBox.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { codesOf, ENGINES, FLAG_CODES } from './flagCodes.ts';
import { useDashboard } from './queries.ts';
import { METHODS, methodText } from './terms.ts';

/** The orders a phone offers in a select (a wide screen sorts by the column headers). */
export const TENDER_SORTS = {
  newest: '-publishedAt',
  oldest: 'publishedAt',
  riskDesc: '-risk',
  flagsDesc: '-flags',
  valueDesc: '-value',
  biddersAsc: 'bidders',
} as const satisfies Record<string, TenderSort>;

export type TenderFilterValues = {
  q: string;
  year: number | null;
  region: string;
  method: string;
  flag: string;
  sort: TenderSort;
};

/**
 * Search, year, region, method and red flag for the tender list. The years and regions come from
 * the data itself (the dashboard's groups), so every choice finds something.
 */
export function TenderFilters({
  values,
  onSearch,
  onFilter,
  onSort,
}: {
  values: TenderFilterValues;
  onSearch: (q: string) => void;
  onFilter: (key: 'year' | 'region' | 'method' | 'flag', value: string | null) => void;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const groups = useDashboard('region', null).data;
  const years = groups?.years ?? [];
  const regions = (groups?.groups ?? [])
    .map((g) => g.key)
    .filter((key): key is string => key !== null)
    .sort((a, b) => a.localeCompare(b, 'ru'));
  const flagGroups = ENGINES.map((engine) => ({
    group: t(`procurement.flags.engines.${engine}`),
    items: codesOf(engine).map((code) => ({
      value: code,
      label: `${code}: ${t(`procurement.flagCodes.${FLAG_CODES[code].key}.name`)}`,
    })),
  }));
  return (
    <Group align="flex-end" gap="md" role="search" aria-label={t('procurement.filters')}>
      <SearchBox
        label={t('procurement.search')}
        placeholder={t('procurement.searchPlaceholder')}
        value={values.q}
        onSearch={onSearch}
      />
      <YearSelect
        value={values.year}
        onChange={(year) => onFilter('year', year === null ? null : String(year))}
        years={
          values.year !== null && !years.includes(values.year) ? [values.year, ...years] : years
        }
        label={t('procurement.year')}
        allLabel={t('procurement.allYears')}
      />
      <NativeSelect
        label={t('procurement.region')}
        value={values.region}
        onChange={(event) => onFilter('region', event.currentTarget.value || null)}
        data={[
          { value: '', label: t('procurement.allRegions') },
          ...(values.region && !regions.includes(values.region) ? [values.region] : []),
          ...regions,
        ]}
        w={{ base: '100%', sm: 240 }}
        data-filter="region"
      />
      <NativeSelect
        label={t('procurement.method')}
        value={values.method}
        onChange={(event) => onFilter('method', event.currentTarget.value || null)}
        data={[
          { value: '', label: t('procurement.allMethods') },
          ...METHODS.map((m) => ({ value: m, label: methodText(t, m, null) })),
        ]}
        w={{ base: '100%', sm: 200 }}
        data-filter="method"
      />
      <NativeSelect
        label={t('procurement.flag')}
        value={values.flag}
        onChange={(event) => onFilter('flag', event.currentTarget.value || null)}
        data={[
          { value: '', label: t('procurement.allTenders') },
          { value: 'any', label: t('procurement.anyFlag') },
          ...flagGroups,
        ]}
        w={{ base: '100%', sm: 300 }}
        data-filter="flag"
      />
      <NativeSelect
        label={t('procurement.sortLabel')}
        value={values.sort}
        onChange={(event) => onSort(event.currentTarget.value)}
        data={Object.entries(TENDER_SORTS).map(([key, value]) => ({
          value,
          label: t(`procurement.sorts.${key as keyof typeof TENDER_SORTS}`),
        }))}
        hiddenFrom="sm"
        w="100%"
        data-sort-select
      />
    </Group>
  );
}
