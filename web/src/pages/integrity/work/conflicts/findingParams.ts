import { CONFLICT_RULES, type ConflictFindingState, DATA_RULES } from '../../../../api/types.ts';

export const FINDING_STATES = [
  'open',
  'in_case',
  'dismissed',
  'gone',
] as const satisfies readonly ConflictFindingState[];
export const FINDING_RULES = [...CONFLICT_RULES, ...DATA_RULES] as const;
export const FINDING_SORTS = ['severity', 'found', 'seen', 'name'] as const;
export const DEFAULT_FINDING_SORT = '-severity';
/** The address says "all" for every state; without a state the queue shows the open ones. */
export const ALL_STATES = 'all';

// The address is typed by people: anything the server would refuse falls back to the default.
const oneOf = <T extends string>(list: readonly T[], value: string): T | '' =>
  (list as readonly string[]).includes(value) ? (value as T) : '';

export const asFindingState = (value: string): ConflictFindingState | typeof ALL_STATES =>
  value === ALL_STATES ? ALL_STATES : oneOf(FINDING_STATES, value) || 'open';
export const asRule = (value: string) => oneOf(FINDING_RULES, value);
export const asFindingSort = (value: string) =>
  FINDING_SORTS.some((f) => value === f || value === `-${f}`) ? value : DEFAULT_FINDING_SORT;
