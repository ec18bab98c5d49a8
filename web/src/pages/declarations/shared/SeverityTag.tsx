import { useTranslation } from 'react-i18next';
import type { FindingSeverity } from '../../../api/types.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

const COLORS: Record<FindingSeverity, TagColor> = {
  high: 'red',
  medium: 'orange',
  low: 'blue',
  info: 'gray',
};

/** A finding's severity in words (not only colour), named for screen readers. */
export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const { t } = useTranslation();
  return (
    <span data-severity={severity}>
      <Tag color={COLORS[severity]}>
        <span className="akniet-visually-hidden">{t('declarationChecks.severityLabel')}: </span>
        {t(`declarationChecks.severities.${severity}`)}
      </Tag>
    </span>
  );
}
