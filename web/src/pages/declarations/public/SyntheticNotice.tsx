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
      // The orange title on its pale tint is too faint to read (WCAG AA); near-black is not.
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      data-synthetic-notice
    >
      {t('publicDeclarations.syntheticText')}
    </Alert>
  );
}
