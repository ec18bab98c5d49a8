import { FINDING_CODES, type FindingCode, type FullCheckState } from '../../../api/types.ts';

export const FULL_CHECK_STATES = [
  'queued',
  'assigned',
  'explanation_requested',
  'explained',
  'concluded',
] as const satisfies readonly FullCheckState[];

export const ASSIGNED = ['me', 'none'] as const;
export type Assigned = (typeof ASSIGNED)[number];

export const QUEUE_SORTS = ['score', 'entered', 'name', 'year'] as const;
export const DEFAULT_QUEUE_SORT = '-score';

// The address is typed by people: anything the server would refuse falls back to "no filter".
const oneOf = <T extends string>(list: readonly T[], value: string): T | '' =>
  (list as readonly string[]).includes(value) ? (value as T) : '';

export const asState = (value: string) => oneOf(FULL_CHECK_STATES, value);
export const asAssigned = (value: string) => oneOf(ASSIGNED, value);
export const asCode = (value: string): FindingCode | '' => oneOf(FINDING_CODES, value);
export const asSort = (value: string) =>
  QUEUE_SORTS.some((f) => value === f || value === `-${f}`) ? value : DEFAULT_QUEUE_SORT;

export function asYear(value: string): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

export function asMinScore(value: string): number | undefined {
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const score = Number(value);
  return score <= 100 ? score : undefined;
}

/** The minimum-score choices: steps of ten are fine enough to narrow a queue. */
export const MIN_SCORES = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;
