import { Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listJobs } from '../../api/endpoints.ts';
import { JOB_STATUSES, type JobStatus } from '../../api/types.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { Tag, type TagColor } from '../../components/Tag.tsx';
import { PagedTable } from '../../components/table/PagedTable.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

const PAGE_SIZE = 25;
const COLORS: Record<JobStatus, TagColor> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

const isStatus = (value: string): value is JobStatus =>
  (JOB_STATUSES as readonly string[]).includes(value);

export function JobsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const raw = list.filter('status');
  const status = isStatus(raw) ? raw : '';

  const jobs = useQuery({
    queryKey: ['admin', 'jobs', 'list', { status, page: list.page }],
    queryFn: () => listJobs({ status, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });

  return (
    <Stack>
      <PageTitle>{t('jobs.title')}</PageTitle>
      <Group>
        <Select
          label={t('jobs.statusFilter')}
          data={[
            { value: 'all', label: t('jobStatus.all') },
            ...JOB_STATUSES.map((s) => ({ value: s, label: t(`jobStatus.${s}`) })),
          ]}
          value={status || 'all'}
          onChange={(value) => list.setFilter('status', value === 'all' ? null : value)}
          allowDeselect={false}
          w={{ base: '100%', sm: 240 }}
        />
      </Group>
      <PagedTable
        query={jobs}
        label={t('jobs.title')}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => (
          <Table striped miw={760} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('jobs.kind')}</Table.Th>
                <Table.Th>{t('jobs.status')}</Table.Th>
                <Table.Th>{t('jobs.attempts')}</Table.Th>
                <Table.Th>{t('jobs.lastError')}</Table.Th>
                <Table.Th>{t('jobs.createdAt')}</Table.Th>
                <Table.Th>{t('jobs.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td>
                    <Code>{job.kind}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Tag color={COLORS[job.status]}>{t(`jobStatus.${job.status}`)}</Tag>
                  </Table.Td>
                  <Table.Td>
                    {job.attempts} / {job.maxAttempts}
                  </Table.Td>
                  <Table.Td maw={320}>
                    {job.lastError ? (
                      <Text size="sm" c="red.9" style={{ wordBreak: 'break-word' }}>
                        {job.lastError}
                      </Text>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(job.createdAt, language)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(job.updatedAt, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </PagedTable>
    </Stack>
  );
}
