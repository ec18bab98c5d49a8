import { Code, Group, Select, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listAudit, listAuditActions } from '../../api/endpoints.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { PagedTable } from '../../components/table/PagedTable.tsx';
import { useListParams } from '../../components/table/useListParams.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { AuditDetails } from './audit/AuditDetails.tsx';
import { VerifyChain } from './audit/VerifyChain.tsx';

const PAGE_SIZE = 25;

export function AuditPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const action = list.filter('action');

  const entries = useQuery({
    queryKey: ['admin', 'audit', { action, page: list.page }],
    queryFn: () => listAudit({ action, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const actions = useQuery({ queryKey: ['admin', 'audit', 'actions'], queryFn: listAuditActions });

  return (
    <Stack>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Text c="dimmed">{t('audit.intro')}</Text>
      <VerifyChain />
      <Group>
        <Select
          label={t('audit.actionFilter')}
          placeholder={t('audit.actionPlaceholder')}
          data={actions.data?.actions ?? []}
          value={action || null}
          onChange={(value) => list.setFilter('action', value ?? '')}
          searchable
          clearable
          w={320}
          maw="100%"
        />
      </Group>
      <PagedTable
        query={entries}
        label={t('audit.title')}
        page={list.page}
        pageSize={PAGE_SIZE}
        onPage={list.setPage}
      >
        {(items) => (
          <Table striped miw={760} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
                <Table.Th>{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.at, language)}
                  </Table.Td>
                  <Table.Td>{entry.actorName ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.entityType}</Text>
                    {entry.entityId && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {entry.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AuditDetails details={entry.details} />
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
