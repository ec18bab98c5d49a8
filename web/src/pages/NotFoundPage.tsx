import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl" align="flex-start">
      <Text fz={48} fw={800} c="dimmed" aria-hidden="true" lh={1}>
        404
      </Text>
      <PageTitle>{t('errors.notFoundTitle')}</PageTitle>
      <Text>{t('errors.notFoundText')}</Text>
      <Button component={Link} to="/">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}
