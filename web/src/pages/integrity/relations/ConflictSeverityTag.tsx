import { useTranslation } from 'react-i18next';
import type { ConflictSeverity } from '../../../api/types.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

const COLORS: Record<ConflictSeverity, TagColor> = { high: 'red', medium: 'orange', low: 'blue' };

/** A potential conflict's severity in words (not only colour), named for screen readers. */
export function ConflictSeverityTag({ severity }: { severity: ConflictSeverity }) {
  const { t } = useTranslation();
  return (
    <span data-severity={severity}>
      <Tag color={COLORS[severity] ?? 'gray'}>
        <span className="akniet-visually-hidden">{t('conflictTerms.severityLabel')}: </span>
        {t(`conflictTerms.severities.${severity}`)}
      </Tag>
    </span>
  );
}
