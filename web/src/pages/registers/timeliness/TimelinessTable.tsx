import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgencyTimeliness } from '../../../api/types.ts';
import { SortableHeader } from '../../../components/table/SortableHeader.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { localize } from '../../../format/localized.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatPercent } from '../percent.ts';
import { sortRows } from '../sortRows.ts';

const COLUMNS = ['agency', 'due', 'onTime', 'late', 'missing', 'share'] as const;

/** Reports due, on time, late and missing per agency; every column sorts in the browser. */
export function TimelinessTable({
  agencies,
  sort,
  onSort,
}: {
  agencies: readonly AgencyTimeliness[];
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
      due: (a) => a.due,
      onTime: (a) => a.onTime,
      late: (a) => a.late,
      missing: (a) => a.missing,
      share: (a) => a.onTimeShare,
    },
    language,
  );

  return (
    <TableScroll label={t('registers.timeliness.tableLabel')}>
      <Table striped highlightOnHover miw={640} verticalSpacing="sm" data-timeliness-table>
        <SortableHeader
          columns={COLUMNS}
          label={(column) => t(`registers.timeliness.${column}`)}
          sort={sort}
          onSort={onSort}
        />
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.agencyId} data-agency-row={row.agencyId}>
              <Table.Th scope="row" fw={600} miw={200}>
                {localize(row.agencyName, language)}
              </Table.Th>
              <Table.Td>{formatCount(row.due, language)}</Table.Td>
              <Table.Td>{formatCount(row.onTime, language)}</Table.Td>
              <Table.Td c={row.late > 0 ? 'orange.9' : undefined}>
                {formatCount(row.late, language)}
              </Table.Td>
              <Table.Td
                c={row.missing > 0 ? 'red.9' : undefined}
                fw={row.missing > 0 ? 600 : undefined}
              >
                {formatCount(row.missing, language)}
              </Table.Td>
              <Table.Td fw={700} data-share={row.onTimeShare ?? ''}>
                {row.onTimeShare === null
                  ? t('common.none')
                  : formatPercent(row.onTimeShare, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
