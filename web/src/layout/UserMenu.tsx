import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../session/useSession.ts';
import { useSignOut } from '../session/useSignOut.ts';

/** Sign-in link for visitors; the user's name and a sign-out button once signed in. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();

  if (loading) return null;
  if (!user) {
    return (
      <Button component={Link} to="/login" variant="filled" size="xs">
        {t('nav.login')}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500} truncate maw={200} title={user.displayName}>
        {user.displayName}
      </Text>
      <Button
        variant="default"
        size="xs"
        loading={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/') })}
      >
        {t('nav.logout')}
      </Button>
    </Group>
  );
}
