import '../declarations/public/cardTable.css';
import { Anchor, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Money, OcdsPartyRef, TenderDetail } from '../../api/types.ts';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { statusText, supplierPath } from './terms.ts';

type Cell = { label: string; value: ReactNode; numeric?: boolean; title?: boolean };

/** One small table of the process (items, bids, awards, contracts); a card per row on a phone. */
function RecordTable({
  id,
  title,
  label,
  empty,
  rows,
}: {
  id: string;
  title: string;
  label: string;
  empty: string;
  rows: { key: string; cells: Cell[] }[];
}) {
  const header = rows[0]?.cells ?? [];
  return (
    <section aria-labelledby={id} data-records={id}>
      <Title order={3} fz="md" id={id} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <TableScroll label={label}>
          <Table striped verticalSpacing="xs" className="akniet-card-table">
            <Table.Thead>
              <Table.Tr>
                {header.map((cell) => (
                  <Table.Th key={cell.label} style={cell.numeric ? { textAlign: 'right' } : {}}>
                    {cell.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell) => (
                    <Table.Td
                      key={cell.label}
                      data-label={cell.label}
                      data-numeric={cell.numeric || undefined}
                      data-card-title={cell.title || undefined}
                    >
                      {cell.value}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

/**
 * What the process bought and how it went: items, bids with their bidders, awards with their
 * suppliers (to their profiles) and the contracts signed.
 */
export function TenderRecords({ tender }: { tender: TenderDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'procurement.tender' as const;
  const none = t('common.none');
  const money = (m: Money | null) => (m ? formatMoney(m, language) : none);
  const date = (d: string | null) => (d ? formatDate(d, language) : none);
  const winners = new Set(
    tender.awards.flatMap((a) => a.suppliers.map((s) => s?.id)).filter(Boolean),
  );
  const party = (p: OcdsPartyRef | null) => {
    if (!p) return none;
    const name = p.name ?? p.id ?? none;
    return p.id && winners.has(p.id) ? (
      <Anchor component={Link} to={supplierPath(p.id)} size="sm">
        {name}
      </Anchor>
    ) : (
      name
    );
  };
  const parties = (list: (OcdsPartyRef | null)[]) =>
    list.length === 0 ? none : list.map((p, i) => <div key={p?.id ?? i}>{party(p)}</div>);

  return (
    <>
      <RecordTable
        id="tender-items"
        title={t(`${n}.items`)}
        label={t(`${n}.itemsLabel`)}
        empty={none}
        rows={tender.items.map((item, i) => ({
          key: item.id ?? String(i),
          cells: [
            { label: t(`${n}.item`), value: item.description ?? item.id ?? none, title: true },
            {
              label: t(`${n}.classification`),
              value: item.classification
                ? [item.classification.scheme, item.classification.id].filter(Boolean).join(' ')
                : none,
            },
            { label: t(`${n}.quantity`), value: item.quantity ?? none, numeric: true },
          ],
        }))}
      />
      <RecordTable
        id="tender-bids"
        title={t(`${n}.bids`)}
        label={t(`${n}.bidsLabel`)}
        empty={t(`${n}.noBids`)}
        rows={tender.bids.map((bid, i) => ({
          key: bid.id ?? String(i),
          cells: [
            { label: t(`${n}.tenderers`), value: parties(bid.tenderers), title: true },
            { label: t(`${n}.status`), value: statusText(t, bid.status) },
            { label: t(`${n}.date`), value: date(bid.date) },
            { label: t(`${n}.amount`), value: money(bid.value), numeric: true },
          ],
        }))}
      />
      <RecordTable
        id="tender-awards"
        title={t(`${n}.awards`)}
        label={t(`${n}.awardsLabel`)}
        empty={t(`${n}.noAwards`)}
        rows={tender.awards.map((award, i) => ({
          key: award.id ?? String(i),
          cells: [
            { label: t(`${n}.suppliers`), value: parties(award.suppliers), title: true },
            { label: t(`${n}.status`), value: statusText(t, award.status) },
            { label: t(`${n}.date`), value: date(award.date) },
            { label: t(`${n}.amount`), value: money(award.value), numeric: true },
          ],
        }))}
      />
      <RecordTable
        id="tender-contracts"
        title={t(`${n}.contracts`)}
        label={t(`${n}.contractsLabel`)}
        empty={t(`${n}.noContracts`)}
        rows={tender.contracts.map((contract, i) => ({
          key: contract.id ?? String(i),
          cells: [
            { label: t(`${n}.contract`), value: contract.id ?? none, title: true },
            { label: t(`${n}.status`), value: statusText(t, contract.status) },
            { label: t(`${n}.dateSigned`), value: date(contract.dateSigned) },
            { label: t(`${n}.amount`), value: money(contract.value), numeric: true },
          ],
        }))}
      />
    </>
  );
}
