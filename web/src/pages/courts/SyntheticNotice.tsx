import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says plainly that a court's judges and cases are made up for the demonstration. */
export function SyntheticNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('courts.syntheticTitle')}
      // The orange title on its pale tint is too faint to read (WCAG AA); near-black is not.
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      data-synthetic-notice
    >
      {t('courts.syntheticText')}
    </Alert>
  );
}
