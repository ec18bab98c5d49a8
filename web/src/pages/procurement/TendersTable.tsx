import '../declarations/public/cardTable.css';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TenderRow } from '../../api/types.ts';
import { Tag } from '../../components/Tag.tsx';
import { SortableTh } from '../../components/table/SortableTh.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { RiskText } from './RiskText.tsx';
import { SyntheticTag } from './SyntheticTag.tsx';
import { buyerPath, methodText, tenderPath } from './terms.ts';

type Column = 'title' | 'buyer' | 'value' | 'bidders' | 'flags' | 'risk' | 'publishedAt';

/**
 * One page of tenders: the title (to the tender page) with its method and OCID, the buyer (to its
 * profile), value, bidders, red flags and risk index. On a phone every row is a card.
 */
export function TendersTable({
  items,
  sort,
  onSort,
}: {
  items: readonly TenderRow[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const column = (key: Column) => t(`procurement.columns.${key}`);
  const sortable = (key: Column) => (
    <SortableTh field={key} label={column(key)} sort={sort} onSort={onSort} />
  );
  return (
    <TableScroll label={t('procurement.tableLabel')}>
      <Table
        striped
        highlightOnHover
        style={{ '--card-table-min': '880px' }}
        verticalSpacing="sm"
        className="akniet-card-table"
        data-tenders-table
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{column('title')}</Table.Th>
            <Table.Th>{column('buyer')}</Table.Th>
            {sortable('value')}
            {sortable('bidders')}
            {sortable('flags')}
            {sortable('risk')}
            {sortable('publishedAt')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((tender) => (
            <Table.Tr key={tender.ocid} data-tender={tender.ocid}>
              <Table.Td data-card-title data-wide style={{ minWidth: '13rem' }}>
                <Anchor component={Link} to={tenderPath(tender.ocid)} fw={600}>
                  {tender.title ?? tender.ocid}
                </Anchor>
                <Text size="sm" c="gray.8" mt={2} data-method>
                  {methodText(t, tender.method, tender.methodDetails)}
                </Text>
                <Group gap="xs" mt={2} wrap="wrap">
                  <Text span size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                    {tender.ocid}
                  </Text>
                  {tender.synthetic && <SyntheticTag />}
                </Group>
              </Table.Td>
              <Table.Td data-label={column('buyer')} data-wide>
                {tender.buyer ? (
                  <Anchor component={Link} to={buyerPath(tender.buyer.id)} size="sm">
                    {tender.buyer.name ?? tender.buyer.id}
                  </Anchor>
                ) : (
                  <Text span size="sm" c="gray.7">
                    {t('procurement.unknown')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={column('value')} data-numeric>
                <Text span size="sm">
                  {tender.value ? formatMoney(tender.value, language) : t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td data-label={column('bidders')} data-numeric data-bidders={tender.bidders}>
                <Text span size="sm">
                  {tender.bidders ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td data-label={column('flags')} data-flags={tender.flags}>
                {/* The number for the eye, the words for a screen reader. */}
                {tender.flags > 0 ? (
                  <Tag color="red">
                    <span aria-hidden="true">{tender.flags}</span>
                    <span className="akniet-visually-hidden">
                      {t('procurement.flagsCount', { count: tender.flags })}
                    </span>
                  </Tag>
                ) : (
                  <Text span size="sm" c="gray.7">
                    <span aria-hidden="true">0</span>
                    <span className="akniet-visually-hidden">{t('procurement.noFlags')}</span>
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={column('risk')} data-numeric>
                <RiskText risk={tender.risk} />
              </Table.Td>
              <Table.Td data-label={column('publishedAt')}>
                <Text span size="sm">
                  {tender.publishedAt ? formatDate(tender.publishedAt, language) : t('common.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
