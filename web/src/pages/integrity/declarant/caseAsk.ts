import type {
  ConflictMeasure,
  MyConflictCase,
  MyConflictNotification,
} from '../../../api/types.ts';

/** What a case asks of the declarant now, as a key of myConflicts.cases.ask. */
export type CaseAsk = 'notify' | 'waitDecision' | 'carryOut' | 'nothing';

export function caseAsk(c: MyConflictCase): CaseAsk {
  if (c.state === 'closed') return 'nothing';
  if (c.state === 'measure_ordered') return 'carryOut';
  return c.notificationCount > 0 ? 'waitDecision' : 'notify';
}

/** The measure the head ordered in a case: that of its latest decided notification. */
export function orderedMeasure(
  caseId: string,
  notifications: readonly MyConflictNotification[],
): ConflictMeasure | null {
  const decided = notifications
    .filter((n) => n.caseId === caseId && n.measure !== null && n.decidedAt !== null)
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  return decided[0]?.measure ?? null;
}

export const CASE_STATE_COLOR = {
  open: 'orange',
  measure_ordered: 'blue',
  closed: 'gray',
} as const satisfies Record<MyConflictCase['state'], string>;
