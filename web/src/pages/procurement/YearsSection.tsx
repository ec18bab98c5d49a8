import '../declarations/public/cardTable.css';
import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcurementYear } from '../../api/types.ts';
import { ColumnChart } from '../../components/charts/ColumnChart.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatCount, formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatShare } from './format.ts';

type Column = 'year' | 'tenders' | 'value' | 'singleBidder' | 'flagged' | 'meanRisk';

/**
 * Risk over time for a buyer or supplier: the mean risk index per year as columns, and the
 * table beside it (tenders, value, single-bidder and flagged shares, mean risk) that says it all
 * in words too.
 */
export function YearsSection({ years }: { years: ProcurementYear[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const p = 'procurement.profile' as const;
  const column = (key: Column) => t(`${p}.columns.${key}`);
  const yearText = (year: number | null) => (year === null ? t(`${p}.unknownYear`) : String(year));
  return (
    <section aria-labelledby="profile-years" data-years>
      <Title order={2} fz="lg" id="profile-years" mb="sm">
        {t(`${p}.years`)}
      </Title>
      <ColumnChart
        title={t(`${p}.riskChart`)}
        titleOrder={3}
        data={years.map((y) => ({
          key: y.year ?? 'none',
          label: yearText(y.year),
          value: y.meanRisk === null ? null : Math.round(y.meanRisk * 1000) / 10,
        }))}
        formatValue={(value) => formatShare(value / 100, language)}
        emptyText={t(`${p}.noData`)}
        attributes={{ 'data-risk-chart': years.length }}
      />
      <TableScroll label={t(`${p}.yearsLabel`)}>
        <Table striped verticalSpacing="xs" className="akniet-card-table" mt="md">
          <Table.Thead>
            <Table.Tr>
              {(['year', 'tenders', 'value', 'singleBidder', 'flagged', 'meanRisk'] as const).map(
                (key) => (
                  <Table.Th key={key} style={key === 'year' ? {} : { textAlign: 'right' }}>
                    {column(key)}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((y) => (
              <Table.Tr key={y.year ?? 'none'} data-year={y.year ?? ''}>
                <Table.Th scope="row" data-card-title>
                  {yearText(y.year)}
                </Table.Th>
                <Table.Td data-label={column('tenders')} data-numeric>
                  {formatCount(y.tenders, language)}
                </Table.Td>
                <Table.Td data-label={column('value')} data-numeric>
                  {y.value ? formatMoney(y.value, language) : t('common.none')}
                </Table.Td>
                <Table.Td data-label={column('singleBidder')} data-numeric>
                  {formatShare(y.singleBidderShare, language)}
                </Table.Td>
                <Table.Td data-label={column('flagged')} data-numeric>
                  {formatShare(y.flaggedShare, language)}
                </Table.Td>
                <Table.Td data-label={column('meanRisk')} data-numeric>
                  {y.meanRisk === null ? t(`${p}.noData`) : formatShare(y.meanRisk, language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
