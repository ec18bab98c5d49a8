import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The orders the server offers, each as the address writes it. */
const SORTS = {
  nameAsc: 'name',
  nameDesc: '-name',
  yearDesc: '-year',
  yearAsc: 'year',
  incomeDesc: '-income',
  incomeAsc: 'income',
  assetsDesc: '-assets',
  assetsAsc: 'assets',
} as const;

/** The order of the list as a select: on a phone the table's sortable headers are out of sight. */
export function SortSelect({ sort, onSort }: { sort: string; onSort: (sort: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('publicDeclarations.sortLabel')}
      value={sort}
      onChange={(event) => onSort(event.currentTarget.value)}
      data={Object.entries(SORTS).map(([key, value]) => ({
        value,
        label: t(`publicDeclarations.sorts.${key as keyof typeof SORTS}`),
      }))}
      hiddenFrom="sm"
      w="100%"
      data-sort-select
    />
  );
}
