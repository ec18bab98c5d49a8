import '../declarations/public/cardTable.css';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BarredEntity } from '../../api/types.ts';
import { SortableTh } from '../../components/table/SortableTh.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatDate } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { SyntheticLabel } from '../integrity/public/SyntheticLabel.tsx';
import { RestrictionTags, StateTag, usePeriod } from './BarTags.tsx';
import { barredEntityPath } from './terms.ts';

/**
 * One page of the register: the entity and its INN, what it is barred from, for how long, by which
 * decision, and where the bar stands today. On a phone every row is a card.
 */
export function BarredEntitiesTable({
  items,
  sort,
  onSort,
}: {
  items: readonly BarredEntity[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = usePeriod();
  const column = (key: 'name' | 'identifier' | 'restrictions' | 'period' | 'decision' | 'state') =>
    t(`barred.columns.${key}`);
  return (
    <TableScroll label={t('barred.tableLabel')}>
      <Table
        striped
        highlightOnHover
        style={{ '--card-table-min': '980px' }}
        verticalSpacing="sm"
        className="akniet-card-table"
        data-barred-table
      >
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="name" label={column('name')} sort={sort} onSort={onSort} />
            <Table.Th>{column('identifier')}</Table.Th>
            <Table.Th>{column('restrictions')}</Table.Th>
            <Table.Th>{column('period')}</Table.Th>
            <SortableTh
              field="decisionDate"
              label={column('decision')}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th>{column('state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((b) => (
            <Table.Tr key={b.id} data-barred-row={b.id} data-identifier={b.identifier}>
              <Table.Td data-card-title data-wide>
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={barredEntityPath(b.id)} fw={600}>
                    {b.name}
                  </Anchor>
                  {b.synthetic && <SyntheticLabel />}
                </Group>
              </Table.Td>
              <Table.Td data-label={column('identifier')}>
                <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {b.identifier}
                </Text>
              </Table.Td>
              <Table.Td data-label={column('restrictions')} data-wide>
                <RestrictionTags restrictions={b.restrictions} />
              </Table.Td>
              <Table.Td data-label={column('period')}>
                <Text span size="sm">
                  {period(b)}
                </Text>
              </Table.Td>
              <Table.Td data-label={column('decision')} data-wide>
                <Text span size="sm">
                  {t('barred.decision', {
                    court: b.court,
                    number: b.decisionNumber,
                    date: formatDate(b.decisionDate, language),
                  })}
                </Text>
              </Table.Td>
              <Table.Td data-label={column('state')}>
                <StateTag state={b.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
