import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the error boundary shows when a page fails to render. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="xl" role="alert">
      <Title order={1}>{t('errors.crashTitle')}</Title>
      <Text>{t('errors.crashText')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        <Button component="a" href="/" variant="default">
          {t('errors.backHome')}
        </Button>
      </Group>
    </Stack>
  );
}
