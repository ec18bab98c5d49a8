import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { RoleBadges } from '../components/RoleBadges.tsx';
import { localize } from '../format/localized.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useSession } from '../session/useSession.ts';
import { PasswordForm } from './account/PasswordForm.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = useSession();
  if (!user) return <Loading />;

  return (
    <Stack>
      <PageTitle>{t('account.title')}</PageTitle>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="who-am-i">
          <Title order={2} fz="lg" id="who-am-i" mb="sm">
            {t('account.whoAmI')}
          </Title>
          <Table variant="vertical" withTableBorder={false} layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w="40%">{t('account.displayName')}</Table.Th>
                <Table.Td>{user.displayName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.username')}</Table.Th>
                <Table.Td>{user.username}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.roles')}</Table.Th>
                <Table.Td>
                  <RoleBadges roles={user.roles} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('account.agency')}</Table.Th>
                <Table.Td>
                  {user.agencyName ? (
                    localize(user.agencyName, language)
                  ) : (
                    <Text span c="dimmed">
                      {t('account.noAgency')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="password-title">
          <Title order={2} fz="lg" id="password-title" mb="sm">
            {t('account.passwordTitle')}
          </Title>
          <PasswordForm />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
