import '../../declarations/public/cardTable.css';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtDetail } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatCount, formatScore } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useStatistics } from '../queries.ts';
import { dayParam } from '../terms.ts';
import { DateRange } from './DateRange.tsx';
import { FairnessVerdict } from './FairnessVerdict.tsx';

type Column = 'judge' | 'allocations' | 'expected' | 'difference' | 'points';

/**
 * Each judge's allocations against what the published weights lead one to expect, and the
 * chi-square verdict on the whole, explained in plain words.
 */
export function FairnessTab({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const from = dayParam(list.filter('from'));
  const to = dayParam(list.filter('to'));
  const stats = useStatistics(court.code, { from, to });
  const column = (key: Column) => t(`courts.fairness.columns.${key}`);
  const signed = (n: number) =>
    `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatScore(Math.abs(n), language)}`;

  return (
    <Stack gap="md">
      <Text className="akniet-reading">{t('courts.fairness.intro')}</Text>
      <DateRange
        from={from ?? ''}
        to={to ?? ''}
        onChange={(key, value) => list.setFilter(key, value)}
      />
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => stats.refetch()} />}
      {stats.isPending && <Loading />}
      {stats.data && (
        <>
          <FairnessVerdict fairness={stats.data.fairness} />
          {stats.data.judges.length === 0 ? (
            <Text c="dimmed">{t('courts.fairness.empty')}</Text>
          ) : (
            <TableScroll label={t('courts.fairness.tableLabel')}>
              <Table
                striped
                verticalSpacing="sm"
                className="akniet-card-table"
                style={{ '--card-table-min': '640px' }}
                data-fairness-table
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{column('judge')}</Table.Th>
                    <Table.Th data-numeric>{column('allocations')}</Table.Th>
                    <Table.Th data-numeric>{column('expected')}</Table.Th>
                    <Table.Th data-numeric>{column('difference')}</Table.Th>
                    <Table.Th data-numeric>{column('points')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stats.data.judges.map((row) => (
                    <Table.Tr key={row.judge.id} data-fairness-judge={row.judge.id}>
                      <Table.Td data-card-title>
                        <Text span fw={600}>
                          {row.judge.name}
                        </Text>
                      </Table.Td>
                      <Table.Td data-label={column('allocations')} data-numeric>
                        {formatCount(row.allocations, language)}
                      </Table.Td>
                      <Table.Td data-label={column('expected')} data-numeric>
                        {formatScore(row.expected, language)}
                      </Table.Td>
                      <Table.Td data-label={column('difference')} data-numeric>
                        {signed(row.allocations - row.expected)}
                      </Table.Td>
                      <Table.Td data-label={column('points')} data-numeric>
                        {formatCount(row.points, language)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          <Text size="sm" c="gray.8" className="akniet-reading">
            {t('courts.fairness.expectedExplained')}
          </Text>
        </>
      )}
    </Stack>
  );
}
