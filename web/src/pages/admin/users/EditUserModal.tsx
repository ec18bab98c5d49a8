import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserChanges, updateUser } from '../../../api/endpoints.ts';
import type { AdminUser, Role } from '../../../api/types.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { RolesSelect } from '../../../components/RolesSelect.tsx';

type Form = {
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  active: boolean;
  password: string;
};

function formOf(user: AdminUser): Form {
  return {
    displayName: user.displayName,
    roles: user.roles,
    agencyId: user.agencyId,
    active: user.active,
    password: '',
  };
}

/** Only what changed is sent. Deactivating asks for confirmation first. */
function changesOf(user: AdminUser, form: Form): UserChanges {
  const changes: UserChanges = {};
  if (form.displayName.trim() !== user.displayName) changes.displayName = form.displayName.trim();
  if ([...form.roles].sort().join() !== [...user.roles].sort().join()) changes.roles = form.roles;
  if (form.agencyId !== user.agencyId) changes.agencyId = form.agencyId;
  if (form.active !== user.active) changes.active = form.active;
  if (form.password) changes.password = form.password;
  return changes;
}

type Props = { onClose: () => void; onSaved: () => void };

export function EditUserModal({ user, ...props }: Props & { user: AdminUser | null }) {
  return user ? <EditUserDialog key={user.id} user={user} {...props} /> : null;
}

function EditUserDialog({ user, onClose, onSaved }: Props & { user: AdminUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(formOf(user));
  const [confirming, setConfirming] = useState(false);
  const [checked, setChecked] = useState(false);

  const mutation = useMutation({
    mutationFn: (changes: UserChanges) => updateUser(user.id, changes),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onSaved();
    },
    onError: () => setConfirming(false),
  });

  const invalid =
    !form.displayName.trim() ||
    form.roles.length === 0 ||
    (form.password !== '' && form.password.length < 10);

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    setChecked(true);
    if (invalid) return;
    const changes = changesOf(user, form);
    if (Object.keys(changes).length === 0) return onClose();
    if (changes.active === false && !confirming) return setConfirming(true);
    mutation.mutate(changes);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={confirming ? t('users.deactivateTitle') : t('users.edit')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {confirming ? (
        <Stack>
          <Text>{t('users.deactivateText', { name: user.displayName })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={mutation.isPending} onClick={() => save()}>
              {t('users.deactivateConfirm')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={save} noValidate>
          <Stack>
            {mutation.isError && <ErrorAlert error={mutation.error} />}
            {user.lockedUntil && (
              <Alert color="orange" variant="light">
                {t('users.lockedHint')}
              </Alert>
            )}
            <TextInput
              label={t('users.username')}
              value={user.username}
              readOnly
              variant="filled"
            />
            <TextInput
              label={t('users.displayName')}
              required
              value={form.displayName}
              onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
              error={checked && !form.displayName.trim() ? t('common.required') : undefined}
            />
            <RolesSelect
              label={t('users.roles')}
              value={form.roles}
              onChange={(roles) => setForm({ ...form, roles })}
              error={checked && form.roles.length === 0 ? t('users.rolesRequired') : undefined}
            />
            <AgencySelect
              label={t('users.agency')}
              value={form.agencyId}
              onChange={(agencyId) => setForm({ ...form, agencyId })}
            />
            <Switch
              label={t('users.active')}
              checked={form.active}
              onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })}
            />
            <PasswordInput
              label={t('users.resetPassword')}
              description={t('users.resetPasswordHint')}
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              error={
                checked && form.password !== '' && form.password.length < 10
                  ? t('account.tooShort')
                  : undefined
              }
            />
            <FormActions
              pending={mutation.isPending}
              onCancel={onClose}
              submitLabel={t('common.save')}
              mt="sm"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
