import { useTranslation } from 'react-i18next';
import type { DeclarationFilingState } from '../../../api/types.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

export const FILING_STATES = [
  'on_time',
  'late',
  'not_filed',
] as const satisfies readonly DeclarationFilingState[];

const COLORS: Record<DeclarationFilingState, TagColor> = {
  on_time: 'green',
  late: 'orange',
  not_filed: 'red',
};

/** On time, late or not filed, in words. */
export function FilingStateTag({ state }: { state: DeclarationFilingState }) {
  const { t } = useTranslation();
  return (
    <span data-filing-state={state}>
      <Tag color={COLORS[state]}>{t(`declarationChecks.filing.states.${state}`)}</Tag>
    </span>
  );
}
