import '../../declarations/public/cardTable.css';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtCaseDetail } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/** The judges left out, grouped by why: most are simply not specialised in the category. */
function byReason(excluded: CourtCaseDetail['history'][number]['excluded']) {
  const groups = new Map<string, string[]>();
  for (const x of excluded) groups.set(x.reason, [...(groups.get(x.reason) ?? []), x.judge.name]);
  return [...groups.entries()];
}

type Column = 'at' | 'event' | 'judge' | 'eligible' | 'excluded';
const KIND_COLORS = { allocation: 'green', 'allocation-failed': 'red', recusal: 'orange' } as const;

/** What happened to the case, in order: allocations (with who was left out and why), recusals. */
export function CaseHistory({ history }: { history: CourtCaseDetail['history'] }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const h = 'courts.case.historyColumns' as const;
  const column = (key: Column) => t(`${h}.${key}`);
  const reasonText = (reason: string) =>
    i18n.exists(`courts.reasons.${reason}`)
      ? t(`courts.reasons.${reason}` as 'courts.reasons.initial')
      : i18n.exists(`courts.recusalGrounds.${reason}`)
        ? t(`courts.recusalGrounds.${reason}` as 'courts.recusalGrounds.declared')
        : reason;
  const exclusionText = (reason: string) =>
    i18n.exists(`courts.exclusions.${reason}`)
      ? t(`courts.exclusions.${reason}` as 'courts.exclusions.absent')
      : reason;

  if (history.length === 0) return <Text c="dimmed">{t('courts.case.noHistory')}</Text>;
  return (
    <TableScroll label={t('courts.case.history')}>
      <Table
        striped
        verticalSpacing="sm"
        className="akniet-card-table"
        style={{ '--card-table-min': '900px' }}
        data-history-table
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{column('at')}</Table.Th>
            <Table.Th>{column('event')}</Table.Th>
            <Table.Th>{column('judge')}</Table.Th>
            <Table.Th data-numeric>{column('eligible')}</Table.Th>
            <Table.Th>{column('excluded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((event) => (
            <Table.Tr
              key={event.seq}
              data-history={event.kind}
              data-reason={event.reason ?? undefined}
            >
              <Table.Td data-label={column('at')}>{formatDateTime(event.at, language)}</Table.Td>
              <Table.Td data-card-title>
                <Stack gap={4} align="flex-start">
                  <Tag color={KIND_COLORS[event.kind]}>{t(`courts.case.kinds.${event.kind}`)}</Tag>
                  {event.reason && (
                    <Text span size="sm">
                      {reasonText(event.reason)}
                    </Text>
                  )}
                  {event.note && (
                    <Text span size="xs" c="gray.8" style={{ whiteSpace: 'pre-line' }} data-note>
                      {event.note}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td data-label={column('judge')}>
                <Stack gap={2}>
                  <Text span size="sm" fw={600}>
                    {event.judge?.name ?? t('common.none')}
                  </Text>
                  {event.previousJudge && (
                    <Text span size="xs" c="gray.8">
                      {t('courts.allocations.previous', { name: event.previousJudge.name })}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td data-label={column('eligible')} data-numeric>
                {event.eligibleCount ?? t('common.none')}
              </Table.Td>
              <Table.Td data-label={column('excluded')} data-wide>
                {event.excluded.length === 0 ? (
                  <Text span size="sm" c="gray.8">
                    {t('common.none')}
                  </Text>
                ) : (
                  <ul className="akniet-plain-list">
                    {byReason(event.excluded).map(([reason, names]) => (
                      <li key={reason} data-excluded={reason}>
                        <Text span size="sm">
                          <Text span fw={600} size="sm">
                            {exclusionText(reason)}:
                          </Text>{' '}
                          {names.join(', ')}
                        </Text>
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
