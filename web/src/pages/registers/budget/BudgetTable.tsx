import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyBudget } from '../../../api/types.ts';
import { SortableHeader } from '../../../components/table/SortableHeader.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { localize } from '../../../format/localized.ts';
import { formatCount, formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatPercent } from '../percent.ts';
import { sortRows } from '../sortRows.ts';
import { BandTag } from './BandTag.tsx';

const COLUMNS = ['agency', 'measures', 'planned', 'executed', 'share', 'band'] as const;

/** Planned against executed budget per agency, in som; every column sorts in the browser. */
export function BudgetTable({
  agencies,
  sort,
  onSort,
}: {
  agencies: readonly AgencyBudget[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = sortRows(
    agencies,
    sort,
    {
      agency: (a) => localize(a.agencyName, language),
      measures: (a) => a.measures,
      planned: (a) => Number(a.planned.amount),
      executed: (a) => Number(a.executed.amount),
      share: (a) => a.executionShare,
      band: (a) => (a.withinBand === null ? null : a.withinBand ? 1 : 0),
    },
    language,
  );

  return (
    <TableScroll label={t('registers.budget.tableLabel')}>
      <Table striped highlightOnHover miw={760} verticalSpacing="sm" data-budget-table>
        <SortableHeader
          columns={COLUMNS}
          label={(column) => t(`registers.budget.${column}`)}
          sort={sort}
          onSort={onSort}
        />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.agencyId} data-agency-row={row.agencyId}>
              <Table.Th scope="row" fw={600} miw={200}>
                {localize(row.agencyName, language)}
              </Table.Th>
              <Table.Td>{formatCount(row.measures, language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-planned>
                {formatMoney(row.planned, language)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-executed>
                {formatMoney(row.executed, language)}
              </Table.Td>
              <Table.Td fw={700} data-share={row.executionShare ?? ''}>
                {row.executionShare === null
                  ? t('common.none')
                  : formatPercent(row.executionShare, language)}
              </Table.Td>
              <Table.Td>
                <BandTag within={row.withinBand} short />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
