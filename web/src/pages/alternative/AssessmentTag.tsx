import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../api/types.ts';
import { Tag, type TagColor } from '../../components/Tag.tsx';

const COLORS: Record<Assessment, TagColor> = {
  not_done: 'red',
  partly_done: 'orange',
  done: 'green',
  cannot_assess: 'gray',
};

/** The organisation's verdict, in words (not only by colour). */
export function AssessmentTag({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <span data-assessment={assessment}>
      <Tag color={COLORS[assessment]}>
        <span className="akniet-visually-hidden">{t('alternative.assessmentLabel')}: </span>
        {t(`alternative.assessments.${assessment}`)}
      </Tag>
    </span>
  );
}
