import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatShare } from './format.ts';

/** A risk index 0..1 as a percentage, or "not enough data" (never a zero). */
export function RiskText({ risk }: { risk: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (risk === null) {
    return (
      <Text span size="sm" c="gray.7" data-risk="">
        {t('procurement.riskUnknown')}
      </Text>
    );
  }
  return (
    <Text span size="sm" fw={600} data-risk={risk} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatShare(risk, language)}
    </Text>
  );
}
