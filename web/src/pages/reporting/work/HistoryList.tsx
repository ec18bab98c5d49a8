import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../api/reporting.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { historyLabel } from '../shared/terms.ts';

/** Every step on the report, oldest first: when, what, who (the reporter is only "reporter"). */
export function HistoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'reporting.history' as const;
  if (entries.length === 0) return <Text c="dimmed">{t(`${n}.empty`)}</Text>;
  return (
    <TableScroll label={t(`${n}.title`)}>
      <Table verticalSpacing="xs" miw={520} data-history>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${n}.at`)}</Table.Th>
            <Table.Th>{t(`${n}.action`)}</Table.Th>
            <Table.Th>{t(`${n}.actor`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the record only grows at its end
            <Table.Tr key={`${e.at}-${i}`} data-action={e.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, language)}</Table.Td>
              <Table.Td>{historyLabel(t, e.action)}</Table.Td>
              {/* Reporter actions are recorded under the actor name "reporter", never a person. */}
              <Table.Td>
                {e.actor && e.actor !== 'reporter' ? e.actor : t(`${n}.reporter`)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
