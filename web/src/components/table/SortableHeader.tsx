import { Table } from '@mantine/core';
import { SortableTh } from './SortableTh.tsx';

/** The header row of a table in which every column sorts by its own name. */
export function SortableHeader<Column extends string>({
  columns,
  label,
  sort,
  onSort,
}: {
  columns: readonly Column[];
  label: (column: Column) => string;
  sort: string;
  onSort: (sort: string) => void;
}) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <SortableTh
            key={column}
            field={column}
            label={label(column)}
            sort={sort}
            onSort={onSort}
          />
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
