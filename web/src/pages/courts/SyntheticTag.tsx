import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag.tsx';

/** Marks a judge made up for the demonstration, so that no one takes them for a real person. */
export function SyntheticTag() {
  const { t } = useTranslation();
  return (
    <span data-synthetic title={t('courts.syntheticHint')}>
      <Tag color="orange">{t('courts.synthetic')}</Tag>
    </span>
  );
}
