import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag.tsx';

/** Marks a tender made up for the demonstration, so that no one takes it for a real purchase. */
export function SyntheticTag() {
  const { t } = useTranslation();
  return (
    <span data-synthetic title={t('procurement.syntheticHint')}>
      <Tag color="orange">{t('procurement.synthetic')}</Tag>
    </span>
  );
}
