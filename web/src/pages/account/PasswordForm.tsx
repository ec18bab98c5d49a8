import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/endpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const MIN_LENGTH = 10;

/** Current, new and repeated password; the two new ones must match before anything is sent. */
export function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checked, setChecked] = useState(false);
  const mutation = useMutation({
    mutationFn: () => changePassword(current, next),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      setChecked(false);
    },
  });

  const tooShort = next.length > 0 && next.length < MIN_LENGTH;
  const mismatch = confirm.length > 0 && next !== confirm;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    mutation.reset();
    if (!current || next.length < MIN_LENGTH || next !== confirm) return;
    mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {mutation.isSuccess && (
          <Alert role="status" color="green" variant="light">
            {t('account.changed')}
          </Alert>
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={checked && !current ? t('common.required') : undefined}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordHint')}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={checked && (tooShort || !next) ? t('account.tooShort') : undefined}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={
            (checked || confirm.length >= next.length) && mismatch
              ? t('account.mismatch')
              : undefined
          }
        />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.submit')}
        </Button>
      </Stack>
    </form>
  );
}
