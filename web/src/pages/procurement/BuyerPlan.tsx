import '../declarations/public/cardTable.css';
import { Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listPlanLines } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatMoney } from '../../format/numbers.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const PAGE_SIZE = 25;

/**
 * The buyer's published annual procurement plans (Plan item 6), line by line: what it planned to
 * buy, for how much and when. Purchases missing from them carry the PLAN-ABSENT flag.
 */
export function BuyerPlan({ buyerId }: { buyerId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const lines = useQuery({
    queryKey: ['procurement', 'plans', buyerId, page],
    queryFn: () => listPlanLines({ buyer: buyerId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const p = 'procurement.plan' as const;
  return (
    <section aria-labelledby="buyer-plan" data-buyer-plan>
      <Title order={2} fz="lg" id="buyer-plan" mb="xs">
        {t(`${p}.title`)}
      </Title>
      <Text size="sm" c="gray.8" mb="sm" maw={720}>
        {t(`${p}.intro`)}
      </Text>
      {lines.isError && <ErrorAlert error={lines.error} onRetry={() => lines.refetch()} />}
      {lines.isPending && <Loading />}
      {lines.data && lines.data.total === 0 && <Text c="gray.8">{t(`${p}.none`)}</Text>}
      {lines.data && lines.data.total > 0 && (
        <>
          <TableScroll label={t(`${p}.title`)}>
            <Table striped className="akniet-card-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`${p}.year`)}</Table.Th>
                  <Table.Th>{t(`${p}.line`)}</Table.Th>
                  <Table.Th>{t(`${p}.classification`)}</Table.Th>
                  <Table.Th>{t(`${p}.description`)}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t(`${p}.planned`)}</Table.Th>
                  <Table.Th>{t(`${p}.quarter`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.data.items.map((line) => (
                  <Table.Tr key={`${line.year}-${line.line}`} data-plan-line={line.line}>
                    <Table.Td data-label={t(`${p}.year`)}>{line.year}</Table.Td>
                    <Table.Td data-label={t(`${p}.line`)}>{line.line}</Table.Td>
                    <Table.Td data-label={t(`${p}.classification`)}>
                      CPV {line.classification}
                    </Table.Td>
                    <Table.Td data-label={t(`${p}.description`)}>{line.description}</Table.Td>
                    <Table.Td data-label={t(`${p}.planned`)} style={{ textAlign: 'right' }}>
                      {line.planned ? formatMoney(line.planned, language) : '—'}
                    </Table.Td>
                    <Table.Td data-label={t(`${p}.quarter`)}>{line.quarter ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <ListFooter total={lines.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      )}
    </section>
  );
}
