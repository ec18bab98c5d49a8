import { useTranslation } from 'react-i18next';
import type { DeclarationReviewOutcome, FullCheckState } from '../../../api/types.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

const STATE_COLORS: Record<FullCheckState, TagColor> = {
  queued: 'gray',
  assigned: 'blue',
  explanation_requested: 'orange',
  explained: 'blue',
  concluded: 'green',
};

const OUTCOME_COLORS: Record<DeclarationReviewOutcome, TagColor> = {
  no_violation: 'green',
  referral: 'red',
  disciplinary: 'orange',
};

/** Where a full check stands, in words; a concluded check says its outcome. */
export function ReviewStateTag({
  state,
  outcome,
}: {
  state: FullCheckState;
  outcome: DeclarationReviewOutcome | null;
}) {
  const { t } = useTranslation();
  const concluded = state === 'concluded' && outcome !== null;
  return (
    <span data-review-state={state} data-outcome={outcome ?? undefined}>
      <Tag color={concluded ? OUTCOME_COLORS[outcome] : STATE_COLORS[state]}>
        <span className="akniet-visually-hidden">{t('declarationChecks.stateLabel')}: </span>
        {concluded
          ? t(`declarationChecks.outcomes.${outcome}`)
          : t(`declarationChecks.states.${state}`)}
      </Tag>
    </span>
  );
}
