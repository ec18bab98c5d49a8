import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listReports } from '../../api/endpoints.ts';
import { REPORT_STATES, type ReportState } from '../../api/types.ts';
import { AgencySelect } from '../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ListFooter } from '../../components/table/ListFooter.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { formatDateTime } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { periodLabel } from './labels.ts';
import { ReportStateTag } from './StateTags.tsx';

const PAGE_SIZE = 20;
const ALL = 'all';

const asState = (value: string): ReportState | '' =>
  (REPORT_STATES as readonly string[]).includes(value) ? (value as ReportState) : '';

/** The coordinators' queue: reports waiting for review (or in any other state), oldest first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  // Submitted reports unless another state (or all of them) is asked for.
  const stateParam = list.filter('state');
  const state = stateParam === ALL ? '' : asState(stateParam) || 'submitted';
  const agencyId = list.filter('agency') || null;

  const reports = useQuery({
    queryKey: ['reports', 'list', { state, agencyId, page: list.page }],
    queryFn: () =>
      listReports({ state, agencyId: agencyId ?? undefined, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t('work.review.title')}</PageTitle>
      <Text className="akniet-reading">{t('work.review.intro')}</Text>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('work.review.state')}
          value={state || ALL}
          onChange={(e) =>
            list.setFilter(
              'state',
              e.currentTarget.value === 'submitted' ? null : e.currentTarget.value,
            )
          }
          data={[
            ...REPORT_STATES.map((s) => ({ value: s, label: t(`rating.reports.states.${s}`) })),
            { value: ALL, label: t('work.review.allStates') },
          ]}
          w={{ base: '100%', sm: 220 }}
        />
        <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
          <AgencySelect
            label={t('work.review.agency')}
            value={agencyId}
            onChange={(id) => list.setFilter('agency', id)}
          />
        </div>
      </Group>
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />}
      {reports.isPending && <Loading />}
      {reports.data &&
        (reports.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {state === 'submitted' ? t('work.review.emptyQueue') : t('common.noResults')}
          </Text>
        ) : (
          <>
            <TableScroll label={t('work.review.title')}>
              <Table striped highlightOnHover miw={820} verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('work.measures.measure')}</Table.Th>
                    <Table.Th>{t('work.review.agency')}</Table.Th>
                    <Table.Th>{t('work.periods.period')}</Table.Th>
                    <Table.Th>{t('work.review.state')}</Table.Th>
                    <Table.Th>{t('rating.reports.submittedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reports.data.items.map((r) => (
                    <Table.Tr key={r.id} data-review-row={r.id} data-measure-id={r.measureId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/work/reports/${r.id}`} size="sm">
                          {localize(r.measure.title, language)}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t('rating.reports.version', { version: r.version })}
                          {r.measure.activityCode
                            ? ` · ${t('strategy.item.activity', { code: r.measure.activityCode })}`
                            : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <span title={localize(r.agency.name, language)}>
                          {localize(r.agency.shortName, language) ||
                            localize(r.agency.name, language)}
                        </span>
                      </Table.Td>
                      <Table.Td>{periodLabel(t, r.period)}</Table.Td>
                      <Table.Td>
                        <ReportStateTag state={r.state} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {r.submittedAt ? formatDateTime(r.submittedAt, language) : t('common.none')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <ListFooter
              total={reports.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
    </Stack>
  );
}
