import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addOrganisationMember,
  listOrganisationMembers,
  removeOrganisationMember,
} from '../../api/endpoints.ts';
import type { Organisation, OrganisationMember } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SuccessNotice } from '../../components/SuccessNotice.tsx';
import { TableScroll } from '../../components/table/TableScroll.tsx';
import { formatDate } from '../../format/dates.ts';
import { localize } from '../../format/localized.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { PublicAccountSelect } from './PublicAccountSelect.tsx';
import { refreshAlternative } from './queries.ts';

/** An organisation's members: who may file for it. Adding and removing (after confirmation). */
export function MembersModal({
  organisation,
  onClose,
}: {
  organisation: Organisation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<OrganisationMember | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = localize(organisation.name, language);

  const members = useQuery({
    queryKey: ['alternative', 'members', organisation.id],
    queryFn: () => listOrganisationMembers(organisation.id),
  });
  const add = useMutation({
    mutationFn: (id: string) => addOrganisationMember(organisation.id, id),
    onSuccess: async () => {
      setUserId(null);
      setNotice(t('alternative.admin.memberAdded'));
      await refreshAlternative(queryClient);
    },
  });
  const remove = useMutation({
    mutationFn: (member: OrganisationMember) =>
      removeOrganisationMember(organisation.id, member.userId),
    onSuccess: async () => {
      setConfirming(null);
      setNotice(t('alternative.admin.memberRemoved'));
      await refreshAlternative(queryClient);
    },
  });
  const items = members.data?.items ?? [];

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('alternative.admin.membersOf', { name })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack data-members-of={organisation.id}>
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {members.isPending && <Loading />}
        {members.isError && <ErrorAlert error={members.error} onRetry={() => members.refetch()} />}
        {members.data && items.length === 0 && (
          <Text c="dimmed" data-members-empty>
            {t('alternative.admin.noMembers')}
          </Text>
        )}
        {items.length > 0 && (
          <TableScroll label={t('alternative.admin.members')}>
            <Table striped verticalSpacing="xs" miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.displayName')}</Table.Th>
                  <Table.Th>{t('users.username')}</Table.Th>
                  <Table.Th>{t('alternative.admin.addedAt')}</Table.Th>
                  <Table.Th>
                    <span className="akniet-visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <Table.Tr key={m.userId} data-member={m.username}>
                    <Table.Td>{m.displayName}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {m.username}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(m.addedAt, language)}</Table.Td>
                    <Table.Td>
                      <Button
                        variant="default"
                        color="red"
                        size="compact-sm"
                        onClick={() => {
                          setNotice(null);
                          remove.reset();
                          setConfirming(m);
                        }}
                        aria-label={t('alternative.admin.removeNamed', { name: m.displayName })}
                        data-remove-member={m.username}
                      >
                        {t('alternative.admin.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {confirming && (
          <Alert color="orange" variant="light" data-confirm-remove={confirming.username}>
            <Text size="sm">
              {t('alternative.admin.removeConfirm', { name: confirming.displayName })}
            </Text>
            {remove.isError && <ErrorAlert error={remove.error} />}
            <Group mt="sm" gap="sm">
              <Button variant="default" size="compact-sm" onClick={() => setConfirming(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red"
                size="compact-sm"
                loading={remove.isPending}
                onClick={() => remove.mutate(confirming)}
                data-confirm-remove-yes
              >
                {t('alternative.admin.removeYes')}
              </Button>
            </Group>
          </Alert>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (userId) add.mutate(userId);
          }}
          data-add-member
        >
          <Stack gap="sm">
            {add.isError && (
              <div data-form-error>
                <ErrorAlert error={add.error} />
              </div>
            )}
            <Group align="flex-end" gap="sm">
              <div style={{ flex: '1 1 260px' }}>
                <PublicAccountSelect
                  value={userId}
                  onChange={setUserId}
                  excludeIds={new Set(items.map((m) => m.userId))}
                />
              </div>
              <Button type="submit" disabled={!userId} loading={add.isPending}>
                {t('alternative.admin.addMember')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
