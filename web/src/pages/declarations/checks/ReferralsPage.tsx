import './checks.css';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listDeclarationReferrals } from '../../../api/endpoints.ts';
import type { DeclarationReviewRow } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../components/table/SearchBox.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { AgencyName } from '../../work/AgencyName.tsx';
import { CHECKS_KEY } from './queries.ts';
import { ReasonList } from './ReasonList.tsx';
import { RiskScoreCell } from './RiskScoreCell.tsx';

const PAGE_SIZE = 20;

/** The prosecutor's list: declarations referred after a full check, the latest first. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: '' });
  const n = 'declarationChecks.referrals' as const;
  const referrals = useQuery({
    queryKey: [...CHECKS_KEY, 'referrals', list.q, list.page],
    queryFn: () => listDeclarationReferrals({ q: list.q, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <SearchBox label={t(`${n}.search`)} value={list.q} onSearch={list.setQ} />
      {referrals.isError && (
        <ErrorAlert error={referrals.error} onRetry={() => referrals.refetch()} />
      )}
      {referrals.isPending && <Loading />}
      {referrals.data &&
        (referrals.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {list.q ? t('common.noResults') : t(`${n}.empty`)}
          </Text>
        ) : (
          <>
            <ReferralTable items={referrals.data.items} />
            <ListFooter
              total={referrals.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}

function ReferralTable({ items }: { items: DeclarationReviewRow[] }) {
  const { t } = useTranslation();
  const q = 'declarationChecks.queue' as const;
  return (
    <TableScroll label={t('declarationChecks.referrals.tableLabel')}>
      <Table striped highlightOnHover miw={720} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${q}.declarant`)}</Table.Th>
            <Table.Th>{t(`${q}.yearColumn`)}</Table.Th>
            <Table.Th>{t(`${q}.score`)}</Table.Th>
            <Table.Th>{t(`${q}.reasons`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} data-referral-row={r.id} data-declaration-id={r.declarationId}>
              <Table.Td miw={190}>
                <Anchor component={Link} to={`/work/referrals/${r.id}`} size="sm">
                  {r.fullName}
                </Anchor>
                <Text size="xs" c="gray.7">
                  {r.post}
                </Text>
                <Text size="xs" c="gray.7">
                  <AgencyName id={r.agency.id} />
                </Text>
              </Table.Td>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                <RiskScoreCell score={r.score} />
              </Table.Td>
              <Table.Td>
                <ReasonList reasons={r.reasons} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
