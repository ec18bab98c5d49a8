import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  listWorkReports,
  REPORT_STATUSES,
  type ReportStatus,
  type WorkReportRow,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { SortableTh } from '../../../components/table/SortableTh.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../reporting.css';
import { REPORTING_KEY, useIntake, useReportingKey } from '../shared/queries.ts';
import { ReportStatusTag } from '../shared/Tags.tsx';
import { categoryName } from '../shared/terms.ts';
import { KeyPanel } from './KeyPanel.tsx';
import { WORK_REPORTS_PATH } from './paths.ts';

const PAGE_SIZE = 20;
const ASSIGNED = ['any', 'me', 'none'] as const;
type Assigned = (typeof ASSIGNED)[number];
const SORTS = {
  newest: '-submittedAt',
  oldest: 'submittedAt',
  status: 'status',
  category: 'category',
} as const;

const asStatus = (v: string): ReportStatus | undefined =>
  (REPORT_STATUSES as readonly string[]).includes(v) ? (v as ReportStatus) : undefined;
const asAssigned = (v: string): Assigned =>
  (ASSIGNED as readonly string[]).includes(v) ? (v as Assigned) : 'any';

/** The body's whistleblower reports: the key first, then the queue (titles once unlocked). */
export function WorkReportsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: SORTS.newest });
  const intake = useIntake();
  const key = useReportingKey();
  const n = 'reporting.queue' as const;
  const filters = {
    status: asStatus(list.filter('status')),
    category: list.filter('category') || undefined,
    assigned: asAssigned(list.filter('assigned')),
    sort: list.sort,
  };
  const reports = useQuery({
    queryKey: [...REPORTING_KEY, 'queue', filters, list.page, key.data?.unlocked ?? false],
    queryFn: () => listWorkReports({ ...filters, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(filters.status || filters.category || filters.assigned !== 'any');

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <KeyPanel />
      <Group align="flex-end" gap="md" role="search" aria-label={t(`${n}.filters`)}>
        <NativeSelect
          label={t('reporting.terms.status')}
          value={filters.status ?? ''}
          onChange={(e) => list.setFilter('status', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.allStatuses`) },
            ...REPORT_STATUSES.map((s) => ({ value: s, label: t(`reporting.statuses.${s}`) })),
          ]}
          w={{ base: '100%', sm: 200 }}
          data-filter="status"
        />
        <NativeSelect
          label={t('reporting.terms.category')}
          value={filters.category ?? ''}
          onChange={(e) => list.setFilter('category', e.currentTarget.value || null)}
          data={[
            { value: '', label: t(`${n}.allCategories`) },
            ...(intake.data?.categories ?? []).map((c) => ({
              value: c.code,
              label: localize(c.name, language),
            })),
          ]}
          w={{ base: '100%', sm: 260 }}
          data-filter="category"
        />
        <NativeSelect
          label={t(`${n}.assigned`)}
          value={filters.assigned}
          onChange={(e) =>
            list.setFilter(
              'assigned',
              e.currentTarget.value === 'any' ? null : e.currentTarget.value,
            )
          }
          data={ASSIGNED.map((a) => ({ value: a, label: t(`${n}.assignedTo.${a}`) }))}
          w={{ base: '100%', sm: 200 }}
          data-filter="assigned"
        />
        <NativeSelect
          label={t(`${n}.sort`)}
          value={filters.sort}
          onChange={(e) => list.setSort(e.currentTarget.value)}
          data={Object.entries(SORTS).map(([k, value]) => ({
            value,
            label: t(`${n}.sorts.${k as keyof typeof SORTS}`),
          }))}
          hiddenFrom="sm"
          w="100%"
          data-sort-select
        />
      </Group>
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => reports.refetch()} />}
      {reports.isPending && <Loading />}
      {reports.data &&
        (reports.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {filtered ? t('common.noResults') : t(`${n}.empty`)}
          </Text>
        ) : (
          <>
            <QueueTable
              items={reports.data.items}
              sort={filters.sort}
              onSort={list.setSort}
              categoryLabel={(code) => categoryName(intake.data?.categories, code, language)}
            />
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

function QueueTable({
  items,
  sort,
  onSort,
  categoryLabel,
}: {
  items: WorkReportRow[];
  sort: string;
  onSort: (sort: string) => void;
  categoryLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'reporting.queue' as const;
  return (
    <TableScroll label={t(`${n}.tableLabel`)}>
      <Table striped highlightOnHover miw={860} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${n}.report`)}</Table.Th>
            <SortableTh
              field="category"
              label={t('reporting.terms.category')}
              sort={sort}
              onSort={onSort}
            />
            <SortableTh
              field="status"
              label={t('reporting.terms.status')}
              sort={sort}
              onSort={onSort}
            />
            <SortableTh
              field="submittedAt"
              label={t('reporting.terms.submittedAt')}
              sort={sort}
              onSort={onSort}
            />
            <Table.Th>{t(`${n}.assigned`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} data-report-row={r.reference}>
              <Table.Td miw={260}>
                <Anchor
                  component={Link}
                  to={`${WORK_REPORTS_PATH}/${r.id}`}
                  fw={600}
                  ff="monospace"
                >
                  {r.reference}
                </Anchor>
                <Text
                  size="sm"
                  fs={r.title === null ? 'italic' : undefined}
                  c={r.title === null ? 'gray.7' : undefined}
                  lineClamp={2}
                  data-row-title
                >
                  {r.title ?? (r.readable ? t(`${n}.titleLocked`) : t(`${n}.notReadable`))}
                </Text>
                <Group gap={4} mt={4}>
                  {r.awaitingHandler && r.status !== 'closed' && (
                    <Tag color="orange">{t(`${n}.awaiting`)}</Tag>
                  )}
                  {r.openProtection > 0 && (
                    <Tag color="red">{t(`${n}.openProtection`, { count: r.openProtection })}</Tag>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{categoryLabel(r.category)}</Table.Td>
              <Table.Td>
                <ReportStatusTag status={r.status} outcome={r.outcome} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(r.submittedAt, language)}
              </Table.Td>
              <Table.Td>{r.assignedTo?.name ?? t(`${n}.nobody`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
