import { useTranslation } from 'react-i18next';
import type { ConflictFindingState } from '../../../api/types.ts';
import { Tag, type TagColor } from '../../../components/Tag.tsx';

const COLORS: Record<ConflictFindingState, TagColor> = {
  open: 'orange',
  in_case: 'blue',
  dismissed: 'gray',
  gone: 'gray',
};

export function FindingStateTag({ state }: { state: ConflictFindingState }) {
  const { t } = useTranslation();
  return (
    <span data-finding-state={state}>
      <Tag color={COLORS[state] ?? 'gray'}>
        <span className="akniet-visually-hidden">{t('conflictTerms.stateLabel')}: </span>
        {t(`conflictTerms.findingStates.${state}`)}
      </Tag>
    </span>
  );
}
