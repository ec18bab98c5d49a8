import { Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1, also shown in the browser tab. */
export function PageTitle({ children, id }: { children: string; id?: string }) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = children === appName ? appName : `${children} — ${appName}`;
  }, [children, appName]);
  return (
    <Title order={1} id={id} mb="md" fz={{ base: 24, sm: 30 }}>
      {children}
    </Title>
  );
}
