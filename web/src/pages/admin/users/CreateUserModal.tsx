import { Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../../../api/endpoints.ts';
import type { Role } from '../../../api/types.ts';
import { AgencySelect } from '../../../components/AgencySelect.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { RolesSelect } from '../../../components/RolesSelect.tsx';

const EMPTY = {
  username: '',
  displayName: '',
  password: '',
  roles: [] as Role[],
  agencyId: null as string | null,
};

export function CreateUserModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [checked, setChecked] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      createUser({ ...form, username: form.username.trim(), displayName: form.displayName.trim() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      setForm(EMPTY);
      setChecked(false);
      onCreated();
    },
  });

  const close = () => {
    mutation.reset();
    setChecked(false);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (
      !form.username.trim() ||
      !form.displayName.trim() ||
      form.password.length < 10 ||
      form.roles.length === 0
    )
      return;
    mutation.mutate();
  };

  const required = (value: string) => (checked && !value.trim() ? t('common.required') : undefined);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.create')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <TextInput
            label={t('users.username')}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
            error={required(form.username)}
          />
          <TextInput
            label={t('users.displayName')}
            required
            autoComplete="off"
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
            error={required(form.displayName)}
          />
          <PasswordInput
            label={t('users.initialPassword')}
            description={t('account.passwordHint')}
            required
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
            error={checked && form.password.length < 10 ? t('account.tooShort') : undefined}
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
          <FormActions
            pending={mutation.isPending}
            onCancel={close}
            submitLabel={t('users.create')}
            mt="sm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
