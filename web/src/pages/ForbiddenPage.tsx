import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <PageTitle>{t('errors.forbiddenTitle')}</PageTitle>
      <Text>{t('errors.forbiddenText')}</Text>
      <Button component={Link} to="/">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}
