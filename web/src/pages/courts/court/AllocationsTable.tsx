import '../../declarations/public/cardTable.css';
import '../courts.css';
import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtAllocation } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { HashText } from '../HashText.tsx';

type Column = 'at' | 'number' | 'category' | 'judge' | 'eligible' | 'inputsHash';

/** One page of allocations; on a phone every row is a card. */
export function AllocationsTable({
  items,
  sort,
  onSort,
}: {
  items: readonly CourtAllocation[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const column = (key: Column) => t(`courts.allocations.columns.${key}`);
  const a = 'courts.allocations' as const;
  return (
    <Table
      striped
      verticalSpacing="sm"
      className="akniet-card-table"
      style={{ '--card-table-min': '960px' }}
      data-allocations-table
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{column('number')}</Table.Th>
          <SortableTh field="at" label={column('at')} sort={sort} onSort={onSort} />
          <Table.Th>{column('category')}</Table.Th>
          <Table.Th>{column('judge')}</Table.Th>
          <Table.Th>{column('eligible')}</Table.Th>
          <Table.Th>{column('inputsHash')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.seq}
            data-allocation={item.seq}
            data-case-number={item.number}
            data-reason={item.reason}
          >
            <Table.Td data-card-title>
              <Text span fw={600} size="sm" className="akniet-case-number">
                {item.number}
              </Text>
            </Table.Td>
            <Table.Td data-label={column('at')}>
              <Text span size="sm">
                {formatDateTime(item.at, language)}
              </Text>
            </Table.Td>
            <Table.Td data-label={column('category')} data-wide>
              <Text span size="sm">
                {localize(item.categoryName, language) || item.category}
              </Text>
            </Table.Td>
            <Table.Td data-label={column('judge')} data-wide>
              <Stack gap={2}>
                {item.judge ? (
                  <Text span size="sm" fw={600} data-judge>
                    {item.judge.name}
                  </Text>
                ) : (
                  <span data-failed title={t(`${a}.failedHint`, { count: item.excludedCount })}>
                    <Tag color="red">{t(`${a}.failed`)}</Tag>
                  </span>
                )}
                {item.reason !== 'initial' && (
                  <Group gap={6} wrap="wrap">
                    <Tag color="blue">{t(`courts.reasons.${item.reason}`)}</Tag>
                    {item.previousJudge && (
                      <Text span size="xs" c="gray.8" data-previous-judge>
                        {t(`${a}.previous`, { name: item.previousJudge.name })}
                      </Text>
                    )}
                  </Group>
                )}
              </Stack>
            </Table.Td>
            <Table.Td data-label={column('eligible')} data-eligible={item.eligibleCount}>
              <Group gap={6} wrap="wrap">
                <Text span size="sm">
                  {item.eligibleCount}
                </Text>
                {item.alert && (
                  <span title={t(`${a}.smallSetHint`, { count: item.eligibleCount })} data-alert>
                    <Tag color="red">{t(`${a}.smallSet`)}</Tag>
                  </span>
                )}
              </Group>
            </Table.Td>
            <Table.Td data-label={column('inputsHash')}>
              <Stack gap={2}>
                {item.inputsHash ? (
                  <HashText
                    value={item.inputsHash}
                    label={t(`${a}.hashOf`, { number: item.number })}
                  />
                ) : (
                  <Text span size="sm" c="gray.8">
                    {t('common.none')}
                  </Text>
                )}
                {item.kind === 'allocation' && !item.revealed && (
                  <Text span size="xs" c="gray.8" title={t(`${a}.pendingHint`)} data-pending>
                    {t(`${a}.pending`)}
                  </Text>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
