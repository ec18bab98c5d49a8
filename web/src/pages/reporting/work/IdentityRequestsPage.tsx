import { Button, Group, Modal, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decideIdentityRequest,
  type IdentityRequestRow,
  listIdentityRequests,
} from '../../../api/reporting.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { Tag, type TagColor } from '../../../components/Tag.tsx';
import { ListFooter } from '../../../components/table/ListFooter.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { useListParams } from '../../../components/table/useListParams.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { ConfirmStep } from '../../integrity/work/shared/ConfirmStep.tsx';
import '../reporting.css';
import { REPORTING_KEY, useRefreshReporting } from '../shared/queries.ts';
import { KeyPanel } from './KeyPanel.tsx';

const PAGE_SIZE = 20;
const STATUSES = ['pending', 'approved', 'refused'] as const;
const COLORS: Record<IdentityRequestRow['status'], TagColor> = {
  pending: 'orange',
  approved: 'green',
  refused: 'gray',
};

/** The custodian's queue: handlers asking to see who a reporter is, approved or refused. */
export function IdentityRequestsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useListParams({ sort: '' });
  const n = 'reporting.custodian' as const;
  const status = list.filter('status') || 'pending';
  const [deciding, setDeciding] = useState<{ row: IdentityRequestRow; approve: boolean } | null>(
    null,
  );
  const requests = useQuery({
    queryKey: [...REPORTING_KEY, 'identity-requests', status, list.page],
    queryFn: () =>
      listIdentityRequests({
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
              e.currentTarget.value === 'pending' ? null : e.currentTarget.value,
            )
          }
          data={[
            ...STATUSES.map((s) => ({ value: s, label: t(`${n}.statuses.${s}`) })),
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
              <Table striped verticalSpacing="sm" miw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`${n}.report`)}</Table.Th>
                    <Table.Th>{t(`${n}.requestedBy`)}</Table.Th>
                    <Table.Th>{t(`${n}.reason`)}</Table.Th>
                    <Table.Th>{t('reporting.terms.status')}</Table.Th>
                    <Table.Th>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {requests.data.items.map((r) => (
                    <Table.Tr key={r.id} data-identity-request={r.id}>
                      <Table.Td>
                        <Text ff="monospace" fw={600}>
                          {r.reportReference}
                        </Text>
                        <Text size="xs" c="gray.7">
                          {formatDateTime(r.requestedAt, language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{r.requestedBy}</Table.Td>
                      <Table.Td maw={320}>
                        <Text
                          size="sm"
                          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                        >
                          {r.reason}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Tag color={COLORS[r.status] ?? 'gray'}>
                          {t(`${n}.statuses.${r.status}`)}
                        </Tag>
                        {r.decisionReason && (
                          <Text size="xs" c="gray.7" mt={4} style={{ overflowWrap: 'anywhere' }}>
                            {r.decisionReason}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {r.status === 'pending' && (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="compact-sm"
                              onClick={() => setDeciding({ row: r, approve: true })}
                              data-approve
                            >
                              {t(`${n}.approve`)}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setDeciding({ row: r, approve: false })}
                              data-refuse
                            >
                              {t(`${n}.refuse`)}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
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
      {deciding && (
        <DecisionModal
          row={deciding.row}
          approve={deciding.approve}
          onClose={() => setDeciding(null)}
        />
      )}
    </Stack>
  );
}

function DecisionModal({
  row,
  approve,
  onClose,
}: {
  row: IdentityRequestRow;
  approve: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshReporting();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const n = 'reporting.custodian' as const;
  const decide = useMutation({
    mutationFn: () => decideIdentityRequest(row.id, approve, reason.trim()),
    onSuccess: () => {
      void refresh();
      onClose();
    },
    onError: () => setConfirming(false),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!reason.trim()) return;
    decide.reset();
    setConfirming(true);
  };
  const action = approve ? t(`${n}.approve`) : t(`${n}.refuse`);
  return (
    <Modal
      opened
      onClose={onClose}
      title={approve ? t(`${n}.approveTitle`) : t(`${n}.refuseTitle`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming ? (
        <ConfirmStep
          marker="data-decision-confirm"
          error={null}
          backLabel={t('reporting.back')}
          confirmLabel={action}
          pending={decide.isPending}
          onBack={() => setConfirming(false)}
          onConfirm={() => decide.mutate()}
          danger={approve}
        >
          <Text>
            {approve
              ? t(`${n}.approveConfirm`, {
                  reference: row.reportReference,
                  name: row.requestedBy,
                })
              : t(`${n}.refuseConfirm`, { reference: row.reportReference })}
          </Text>
        </ConfirmStep>
      ) : (
        <form onSubmit={submit} noValidate data-decision-form>
          <Stack>
            <Textarea
              label={t(`${n}.decisionReason`)}
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={checked && !reason.trim() ? t('common.required') : null}
            />
            {decide.isError && <ErrorAlert error={decide.error} />}
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
