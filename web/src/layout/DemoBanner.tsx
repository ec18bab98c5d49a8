import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getHealth } from '../api/endpoints.ts';

/** Shown on every page while the server runs on synthetic demo data. */
export function DemoBanner() {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ['health'], queryFn: getHealth, staleTime: 300_000 });
  if (!health.data?.demo) return null;
  return (
    <Alert
      role="note"
      color="yellow"
      variant="filled"
      radius={0}
      py={6}
      data-testid="demo-banner"
      styles={{ message: { color: 'var(--mantine-color-black)', fontWeight: 500 } }}
    >
      {t('app.demoBanner')}
    </Alert>
  );
}
