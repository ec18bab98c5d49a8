import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A column header that sorts by its field; a second click reverses the order. */
export function SortableTh({
  field,
  label,
  sort,
  onSort,
}: {
  field: string;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const descending = sort === `-${field}`;
  const active = descending || sort === field;
  const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
  const arrow = active ? (descending ? '▼' : '▲') : '↕';

  return (
    <Table.Th aria-sort={ariaSort}>
      <UnstyledButton
        onClick={() => onSort(active && !descending ? `-${field}` : field)}
        fw={700}
        fz="sm"
        title={t('common.sortBy', { column: label })}
        style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
      >
        {label}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.6 }}>
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
