import '../declarations/public/cardTable.css';
import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProcurementDashboard } from '../../api/types.ts';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatCount, formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatShare } from './format.ts';

export type DashboardGroup = ProcurementDashboard['groups'][number] & {
  label: string;
  /** The tender list filtered to this group, when the list has that filter. */
  href: string | null;
};

/** The dashboard's figures per group, every one written out. */
export function DashboardTable({ groups }: { groups: DashboardGroup[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = (key: 'year' | 'tenders' | 'value' | 'singleBidder' | 'flagged' | 'meanRisk') =>
    t(`procurement.profile.columns.${key}`);
  return (
    <TableScroll label={t('procurement.dashboard.tableLabel')}>
      <Table
        striped
        verticalSpacing="xs"
        className="akniet-card-table"
        style={{ '--card-table-min': '760px' }}
        data-dashboard-table
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('procurement.dashboard.group')}</Table.Th>
            {(['tenders', 'value', 'singleBidder', 'flagged', 'meanRisk'] as const).map((key) => (
              <Table.Th key={key} style={{ textAlign: 'right' }}>
                {c(key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={g.key ?? ''} data-group={g.key ?? ''}>
              <Table.Th scope="row" data-card-title>
                {g.href ? (
                  <Anchor component={Link} to={g.href} size="sm" fw={600}>
                    {g.label}
                  </Anchor>
                ) : (
                  g.label
                )}
              </Table.Th>
              <Table.Td data-label={c('tenders')} data-numeric>
                {formatCount(g.tenders, language)}
              </Table.Td>
              <Table.Td data-label={c('value')} data-numeric>
                {g.value ? formatMoney(g.value, language) : t('common.none')}
              </Table.Td>
              <Table.Td data-label={c('singleBidder')} data-numeric>
                {formatShare(g.singleBidderShare, language)}
              </Table.Td>
              <Table.Td data-label={c('flagged')} data-numeric>
                {formatShare(g.flaggedShare, language)}
              </Table.Td>
              <Table.Td data-label={c('meanRisk')} data-numeric>
                {g.meanRisk === null
                  ? t('procurement.profile.noData')
                  : formatShare(g.meanRisk, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
