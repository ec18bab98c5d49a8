import '../../declarations/public/cardTable.css';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { HashText } from '../HashText.tsx';
import { useDays } from '../queries.ts';
import { addDays, dayParam, formatDay, today } from '../terms.ts';
import { DateRange } from './DateRange.tsx';

type Column = 'day' | 'allocations' | 'commitment' | 'seed' | 'head';

/**
 * Per day: the seed's commitment published in advance, the seed once the day has closed, and the
 * signed head of the log. Seeds are shared by all courts, so this tab is the same everywhere.
 */
export function SeedsTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const s = 'courts.seeds' as const;
  const from = dayParam(list.filter('from')) ?? addDays(today(), -13);
  // Tomorrow's commitment is already published: the range includes it by default.
  const to = dayParam(list.filter('to')) ?? addDays(today(), 1);
  const days = useDays({ from, to });
  const column = (key: Column) => t(`${s}.columns.${key}`);

  return (
    <Stack gap="md">
      <Text className="akniet-reading">{t(`${s}.intro`)}</Text>
      <DateRange from={from} to={to} onChange={(key, value) => list.setFilter(key, value)} />
      {days.isError && <ErrorAlert error={days.error} onRetry={() => days.refetch()} />}
      {days.isPending && <Loading />}
      {days.data &&
        (days.data.items.length === 0 ? (
          <Text c="dimmed">{t(`${s}.empty`)}</Text>
        ) : (
          <TableScroll label={t(`${s}.tableLabel`)}>
            <Table
              striped
              verticalSpacing="sm"
              className="akniet-card-table"
              style={{ '--card-table-min': '900px' }}
              data-days-table
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{column('day')}</Table.Th>
                  <Table.Th data-numeric>{column('allocations')}</Table.Th>
                  <Table.Th>{column('commitment')}</Table.Th>
                  <Table.Th>{column('seed')}</Table.Th>
                  <Table.Th>{column('head')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.data.items.map((day) => (
                  <Table.Tr
                    key={day.day}
                    data-day={day.day}
                    data-revealed={day.seed !== null}
                    data-signed={day.head !== null}
                  >
                    <Table.Td data-card-title>
                      <Text span fw={600}>
                        {formatDay(day.day, language)}
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={column('allocations')} data-numeric>
                      {formatCount(day.allocations, language)}
                    </Table.Td>
                    <Table.Td data-label={column('commitment')}>
                      <HashText
                        value={day.commitment}
                        label={t(`${s}.commitmentOf`, { day: formatDay(day.day, language) })}
                      />
                    </Table.Td>
                    <Table.Td data-label={column('seed')}>
                      {day.seed ? (
                        <HashText
                          value={day.seed}
                          label={t(`${s}.seedOf`, { day: formatDay(day.day, language) })}
                        />
                      ) : (
                        <Text span size="sm" c="gray.8">
                          {t(`${s}.notRevealed`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={column('head')}>
                      {day.head ? (
                        <Stack gap={2}>
                          <Text span size="sm">
                            {t(`${s}.head`, { seq: day.head.lastSeq, key: day.head.keyId })}
                          </Text>
                          <HashText
                            value={day.head.headHash}
                            label={t(`${s}.headOf`, { day: formatDay(day.day, language) })}
                          />
                        </Stack>
                      ) : (
                        <Text span size="sm" c="gray.8">
                          {t(`${s}.notSigned`)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ))}
    </Stack>
  );
}
