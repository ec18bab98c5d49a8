import { useTranslation } from 'react-i18next';
import { Tag } from '../../../components/Tag.tsx';

/** Marks a record made up for the demonstration, so that no one takes it for a real organisation. */
export function SyntheticLabel() {
  const { t } = useTranslation();
  return (
    <span data-synthetic title={t('publicConflicts.syntheticHint')}>
      <Tag color="orange">{t('publicConflicts.synthetic')}</Tag>
    </span>
  );
}
