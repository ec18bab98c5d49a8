import './cardTable.css';
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishedDeclarationRow } from '../../../api/types.ts';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatSom } from './som.ts';

/**
 * One page of the public search: who, where, which year and the three summary figures in som.
 * On a phone every row is a card (cardTable.css); the sort headers give way to a select there.
 */
export function PublishedDeclarationsTable({
  items,
  sort,
  onSort,
}: {
  items: readonly PublishedDeclarationRow[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const column = (key: 'name' | 'post' | 'agency' | 'year' | 'income' | 'assets' | 'property') =>
    t(`publicDeclarations.columns.${key}`);
  return (
    <TableScroll label={t('publicDeclarations.tableLabel')}>
      <Table
        striped
        highlightOnHover
        style={{ '--card-table-min': '920px' }}
        verticalSpacing="sm"
        className="akniet-card-table"
        data-declarations-table
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={column('name')} sort={sort} onSort={onSort} />
            <Table.Th>{column('post')}</Table.Th>
            <Table.Th>{column('agency')}</Table.Th>
            <SortableTh field="year" label={column('year')} sort={sort} onSort={onSort} />
            <SortableTh field="income" label={column('income')} sort={sort} onSort={onSort} />
            <SortableTh field="assets" label={column('assets')} sort={sort} onSort={onSort} />
            <Table.Th data-numeric>{column('property')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={row.id} data-declaration-row={row.id} data-year={row.year}>
              <Table.Td data-card-title data-wide>
                <Anchor
                  component={Link}
                  to={`/declarations/${row.id}`}
                  fw={600}
                  aria-label={t('publicDeclarations.openDeclaration', {
                    name: row.fullName,
                    year: row.year,
                  })}
                >
                  {row.fullName}
                </Anchor>
              </Table.Td>
              <Table.Td data-wide data-label={column('post')}>
                {row.post}
              </Table.Td>
              <Table.Td data-label={column('agency')}>
                {localize(row.agency.name, language)}
              </Table.Td>
              <Table.Td data-label={column('year')}>{row.year}</Table.Td>
              <Table.Td data-numeric data-label={column('income')} data-income={row.incomeSom}>
                {formatSom(row.incomeSom, language)}
              </Table.Td>
              <Table.Td data-numeric data-label={column('assets')}>
                {formatSom(row.monetaryAssetsSom, language)}
              </Table.Td>
              <Table.Td data-numeric data-label={column('property')}>
                {formatSom(row.propertyValueSom, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
