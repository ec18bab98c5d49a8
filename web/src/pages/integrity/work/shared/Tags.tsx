import { useTranslation } from 'react-i18next';
import type {
  ConflictCaseState,
  ConflictFindingState,
  ConflictSeverity,
} from '../../../../api/types.ts';
import { Tag, type TagColor } from '../../../../components/Tag.tsx';

const SEVERITY_COLORS: Record<ConflictSeverity, TagColor> = {
  high: 'red',
  medium: 'orange',
  low: 'blue',
};

/** A finding's severity in words (not only colour), named for screen readers. */
export function ConflictSeverityTag({ severity }: { severity: ConflictSeverity }) {
  const { t } = useTranslation();
  return (
    <span data-severity={severity}>
      <Tag color={SEVERITY_COLORS[severity] ?? 'gray'}>
        <span className="akniet-visually-hidden">{t('conflictTerms.severityLabel')}: </span>
        {t(`conflictTerms.severities.${severity}`)}
      </Tag>
    </span>
  );
}

const FINDING_COLORS: Record<ConflictFindingState, TagColor> = {
  open: 'orange',
  in_case: 'blue',
  dismissed: 'gray',
  gone: 'gray',
};

export function FindingStateTag({ state }: { state: ConflictFindingState }) {
  const { t } = useTranslation();
  return (
    <span data-finding-state={state}>
      <Tag color={FINDING_COLORS[state] ?? 'gray'}>{t(`conflictTerms.findingStates.${state}`)}</Tag>
    </span>
  );
}

const CASE_COLORS: Record<ConflictCaseState, TagColor> = {
  open: 'orange',
  measure_ordered: 'blue',
  closed: 'green',
};

export function CaseStateTag({ state }: { state: ConflictCaseState }) {
  const { t } = useTranslation();
  return (
    <span data-case-state={state}>
      <Tag color={CASE_COLORS[state] ?? 'gray'}>{t(`conflictTerms.caseStates.${state}`)}</Tag>
    </span>
  );
}
