import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useReportingPeriods } from '../strategy/queries.ts';
import { periodLabel } from './labels.ts';
import { PeriodFormModal } from './periods/PeriodFormModal.tsx';
import { WindowTag } from './StateTags.tsx';

/** Reporting periods and their windows: the coordinator opens new ones and moves windows. */
export function PeriodsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const periods = useReportingPeriods();
  const [editing, setEditing] = useState<ReportingPeriod | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack>
      <PageTitle>{t('work.periods.title')}</PageTitle>
      <Text className="akniet-reading">{t('work.periods.intro')}</Text>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
          data-action="new-period"
        >
          {t('work.periods.create')}
        </Button>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {periods.isError && <ErrorAlert error={periods.error} onRetry={() => periods.refetch()} />}
      {periods.isPending && <Loading />}
      {periods.data &&
        (periods.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {t('work.periods.empty')}
          </Text>
        ) : (
          <TableScroll label={t('work.periods.title')}>
            <Table striped highlightOnHover miw={720} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('work.periods.period')}</Table.Th>
                  <Table.Th>{t('work.periods.opensAt')}</Table.Th>
                  <Table.Th>{t('work.periods.closesAt')}</Table.Th>
                  <Table.Th>{t('work.periods.status')}</Table.Th>
                  <Table.Th>
                    <span className="akniet-visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.data.items.map((period) => {
                  const label = periodLabel(t, period);
                  return (
                    <Table.Tr key={period.id} data-period-row={period.id} data-open={period.open}>
                      <Table.Td fw={600}>{label}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(period.opensAt, language)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDateTime(period.closesAt, language)}
                      </Table.Td>
                      <Table.Td>
                        <WindowTag open={period.open} />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="default"
                          size="compact-sm"
                          aria-label={t('work.periods.changeTitle', { period: label })}
                          onClick={() => {
                            setNotice(null);
                            setEditing(period);
                          }}
                          data-action="change-window"
                        >
                          {t('work.periods.change')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ))}
      {editing && (
        <PeriodFormModal
          key={editing === 'new' ? 'new' : editing.id}
          period={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setNotice(
              editing === 'new'
                ? t('work.periods.created', { period: periodLabel(t, saved) })
                : t('work.periods.changed', { period: periodLabel(t, saved) }),
            );
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
