import type { ConflictCaseState } from '../../../../api/types.ts';

export const CASE_STATES = [
  'open',
  'measure_ordered',
  'closed',
] as const satisfies readonly ConflictCaseState[];
export const CASE_SORTS = ['opened', 'name', 'state'] as const;
export const DEFAULT_CASE_SORT = '-opened';

export const asCaseState = (value: string): ConflictCaseState | '' =>
  (CASE_STATES as readonly string[]).includes(value) ? (value as ConflictCaseState) : '';
export const asCaseSort = (value: string) =>
  CASE_SORTS.some((f) => value === f || value === `-${f}`) ? value : DEFAULT_CASE_SORT;
