import {
  Anchor,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  listProtectionRequests,
  PROTECTION_OUTCOMES,
  type ProtectionOutcome,
  type ProtectionRow,
  respondToProtection,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import '../reporting.css';
import { REPORTING_KEY, useRefreshReporting } from '../shared/queries.ts';
import { KeyPanel } from './KeyPanel.tsx';
import { WORK_REPORTS_PATH } from './paths.ts';

const PAGE_SIZE = 20;

/** The prosecutor's protection requests: deadline and days left, overdue ones marked. */
export function ProtectionQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const n = 'reporting.protectionQueue' as const;
  const status = list.filter('status') || 'open';
  const [responding, setResponding] = useState<ProtectionRow | null>(null);
  const requests = useQuery({
    queryKey: [...REPORTING_KEY, 'protection', status, list.page],
    queryFn: () =>
      listProtectionRequests({
        ...(status === 'all' ? {} : { status }),
        page: list.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <KeyPanel />
      <Group role="search" aria-label={t(`${n}.filters`)}>
        <NativeSelect
          label={t('reporting.terms.status')}
          value={status}
          onChange={(e) =>
            list.setFilter(
              'status',
              e.currentTarget.value === 'open' ? null : e.currentTarget.value,
            )
          }
          data={[
            { value: 'open', label: t('reporting.protection.statuses.open') },
            { value: 'answered', label: t('reporting.protection.statuses.answered') },
            { value: 'all', label: t(`${n}.all`) },
          ]}
          w={{ base: '100%', sm: 220 }}
          data-filter="status"
        />
      </Group>
      {requests.isError && <ErrorAlert error={requests.error} onRetry={() => requests.refetch()} />}
      {requests.isPending && <Loading />}
      {requests.data &&
        (requests.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {t(`${n}.empty`)}
          </Text>
        ) : (
          <>
            <TableScroll label={t(`${n}.tableLabel`)}>
              <Table verticalSpacing="sm" miw={820}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`${n}.report`)}</Table.Th>
                    <Table.Th>{t('reporting.protection.deadline')}</Table.Th>
                    <Table.Th>{t(`${n}.kind`)}</Table.Th>
                    <Table.Th>{t('reporting.protection.openedAt')}</Table.Th>
                    <Table.Th>{t('reporting.terms.status')}</Table.Th>
                    <Table.Th>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {requests.data.items.map((r) => {
                    const overdue = r.overdue && r.status === 'open';
                    return (
                      <Table.Tr
                        key={r.id}
                        className={overdue ? 'akniet-overdue-row' : undefined}
                        data-protection-row={r.reference}
                        data-overdue={overdue}
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
                          <Text size="xs" c="gray.7">
                            {t(`reporting.protection.openedByWho.${r.openedBy}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td data-deadline={r.deadline}>
                          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                            {formatDate(r.deadline, language)}
                          </Text>
                          {r.status === 'open' && r.daysLeft !== null && (
                            <Text
                              size="xs"
                              c={overdue ? 'red.9' : 'gray.7'}
                              fw={overdue ? 700 : 400}
                              data-days-left
                            >
                              {overdue
                                ? t(`${n}.overdueBy`, { count: Math.abs(r.daysLeft) })
                                : t(`${n}.daysLeft`, { count: r.daysLeft })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{t(`reporting.protection.kinds.${r.kind}`)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(r.openedAt, language)}
                        </Table.Td>
                        <Table.Td>
                          {overdue ? (
                            <Tag color="red">{t(`${n}.overdue`)}</Tag>
                          ) : (
                            <Tag color={r.status === 'open' ? 'orange' : 'green'}>
                              {t(`reporting.protection.statuses.${r.status}`)}
                            </Tag>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {r.status === 'open' && (
                            <Button size="compact-sm" onClick={() => setResponding(r)} data-respond>
                              {t(`${n}.respond`)}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <ListFooter
              total={requests.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
      {responding && <RespondModal row={responding} onClose={() => setResponding(null)} />}
    </Stack>
  );
}

function RespondModal({ row, onClose }: { row: ProtectionRow; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [outcome, setOutcome] = useState<ProtectionOutcome | ''>('');
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'reporting.protectionQueue' as const;
  const respond = useMutation({
    mutationFn: () => respondToProtection(row.id, outcome as ProtectionOutcome, text.trim()),
    onSuccess: () => {
      void refresh();
      onClose();
    },
    onError: () => setConfirming(false),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!outcome || !text.trim()) return;
    respond.reset();
    setConfirming(true);
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`${n}.respondTitle`, { reference: row.reference })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming && outcome ? (
        <ConfirmStep
          marker="data-respond-confirm"
          error={null}
          backLabel={t('reporting.back')}
          confirmLabel={t(`${n}.respond`)}
          pending={respond.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => respond.mutate()}
        >
          <Text>
            {t(`${n}.respondConfirm`, {
              reference: row.reference,
              outcome: t(`reporting.protection.outcomes.${outcome}`),
            })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-respond-form>
          <Stack>
            <NativeSelect
              label={t(`${n}.outcome`)}
              required
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value as ProtectionOutcome | '')}
              data={[
                { value: '', label: t(`${n}.chooseOutcome`) },
                ...PROTECTION_OUTCOMES.map((o) => ({
                  value: o,
                  label: t(`reporting.protection.outcomes.${o}`),
                })),
              ]}
              error={checked && !outcome ? t('common.required') : null}
            />
            <Textarea
              label={t(`${n}.text`)}
              description={t(`${n}.textHint`)}
              required
              autosize
              minRows={4}
              maxLength={10_000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={checked && !text.trim() ? t('common.required') : null}
            />
            {respond.isError && <ErrorAlert error={respond.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('reporting.next')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
