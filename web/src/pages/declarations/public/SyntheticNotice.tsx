import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says plainly that the declarations shown are made up, so that no one takes them for real people. */
export function SyntheticNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('publicDeclarations.syntheticTitle')}
      data-synthetic-notice
    >
      {t('publicDeclarations.syntheticText')}
    </Alert>
  );
}
