import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api/ApiError.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { landingPath } from '../session/landing.ts';
import { useSession } from '../session/useSession.ts';
import { useSignIn } from '../session/useSignIn.ts';

function fromState(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login')
    ? from
    : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);
  const from = fromState(location.state);

  if (user && !signIn.isPending && !signIn.isSuccess) {
    return <Navigate to={from ?? landingPath(user.roles)} replace />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (session) => {
          navigate(from ?? landingPath(session.user?.roles ?? []), { replace: true });
        },
        onError: () => {
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const error = signIn.error;
  const locked = isApiError(error) && error.code === 'account_locked';

  return (
    <Stack maw={420} mx="auto" py="md">
      <PageTitle>{t('login.title')}</PageTitle>
      <Text c="dimmed">{t('login.intro')}</Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && (
              <Alert
                role="alert"
                color={locked ? 'orange' : 'red'}
                variant="light"
                title={locked ? t('login.locked') : t('login.failed')}
                data-testid="login-error"
              >
                {isApiError(error) ? error.message : t('errors.unexpected')}
              </Alert>
            )}
            <TextInput
              label={t('login.username')}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
            <PasswordInput
              ref={passwordRef}
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={signIn.isPending}>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
