import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.tsx';

export function ProfileNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('procurement.profile.notFoundTitle')}</PageTitle>
      <Text>{t('procurement.profile.notFound')}</Text>
    </>
  );
}
