import { Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import './cardTable.css';

export type SectionColumn<T> = {
  key: string;
  label: string;
  /** Amounts and counts line up on the right. */
  numeric?: boolean;
  cell: (item: T) => ReactNode;
};

/** One section of a published declaration: its heading, then its items as a table or "nothing declared". */
export function SectionTable<T>({
  section,
  title,
  items,
  columns,
}: {
  section: string;
  title: string;
  items: readonly T[];
  columns: readonly SectionColumn<T>[];
}) {
  const { t } = useTranslation();
  return (
    // Not a landmark of its own: the table's scroll region already carries the section's name.
    <div data-section={section} data-count={items.length}>
      <Title order={3} fz={{ base: 17, sm: 19 }} mb="xs">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm" data-section-empty>
          {t('publicDeclarations.sectionEmpty')}
        </Text>
      ) : (
        <TableScroll label={title}>
          <Table
            striped
            verticalSpacing="xs"
            style={{ '--card-table-min': columns.length > 3 ? '640px' : '0' }}
            className="akniet-card-table"
          >
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} data-numeric={c.numeric || undefined}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, index) => (
                // Published items carry no ids (an id could identify a record): their order is theirs.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for the page's life
                <Table.Tr key={index}>
                  {columns.map((c) => (
                    <Table.Td
                      key={c.key}
                      data-numeric={c.numeric || undefined}
                      data-label={c.label}
                    >
                      {c.cell(item)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </div>
  );
}
