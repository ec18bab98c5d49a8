import { Anchor, Stack, Switch, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listRewards, type RewardRow } from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate } from '../../../format/dates.ts';
import { formatMoney } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../reporting.css';
import { REPORTING_KEY } from '../shared/queries.ts';
import { WORK_REPORTS_PATH } from './paths.ts';

const PAGE_SIZE = 20;

/** Overdue payments first, then the most urgent due date, then decisions without a payment. */
const byUrgency = (a: RewardRow, b: RewardRow) =>
  Number(b.overdue) - Number(a.overdue) ||
  (a.paidOn === null ? 0 : 1) - (b.paidOn === null ? 0 : 1) ||
  (a.paymentDue ?? '9999').localeCompare(b.paymentDue ?? '9999');

/** Reward decisions on whistleblower reports, and whether each was paid on time. */
export function RewardsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const n = 'reporting.rewards' as const;
  const overdueOnly = list.filter('overdue') === 'true';
  const rewards = useQuery({
    queryKey: [...REPORTING_KEY, 'rewards', overdueOnly, list.page],
    queryFn: () =>
      listRewards({
        ...(overdueOnly ? { overdue: 'true' as const } : {}),
        page: list.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <Switch
        label={t(`${n}.overdueOnly`)}
        checked={overdueOnly}
        onChange={(e) => list.setFilter('overdue', e.currentTarget.checked ? 'true' : null)}
        data-filter="overdue"
      />
      {rewards.isError && <ErrorAlert error={rewards.error} onRetry={() => rewards.refetch()} />}
      {rewards.isPending && <Loading />}
      {rewards.data &&
        (rewards.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {overdueOnly ? t(`${n}.noneOverdue`) : t(`${n}.empty`)}
          </Text>
        ) : (
          <>
            <TableScroll label={t(`${n}.tableLabel`)}>
              <Table verticalSpacing="sm" miw={720}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`${n}.report`)}</Table.Th>
                    <Table.Th>{t(`${n}.decision`)}</Table.Th>
                    <Table.Th>{t('reporting.reward.amount')}</Table.Th>
                    <Table.Th>{t('reporting.reward.paymentDue')}</Table.Th>
                    <Table.Th>{t('reporting.reward.paidOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...rewards.data.items].sort(byUrgency).map((r) => (
                    <Table.Tr
                      key={r.reportId}
                      className={r.overdue ? 'akniet-overdue-row' : undefined}
                      data-reward-row={r.reference}
                      data-overdue={r.overdue}
                    >
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`${WORK_REPORTS_PATH}/${r.reportId}`}
                          ff="monospace"
                          fw={600}
                        >
                          {r.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {r.eligible
                          ? t(`${n}.eligible`)
                          : t('reporting.reward.statuses.not_eligible')}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {r.amountSom !== null
                          ? formatMoney({ amount: String(r.amountSom), currency: 'KGS' }, language)
                          : t('common.none')}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {r.paymentDue ? formatDate(r.paymentDue, language) : t('common.none')}
                        {r.overdue && (
                          <div>
                            <Tag color="red">{t(`${n}.overdue`)}</Tag>
                          </div>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {r.paidOn
                          ? formatDate(r.paidOn, language)
                          : r.eligible
                            ? t(`${n}.notPaid`)
                            : t('common.none')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <ListFooter
              total={rewards.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}
