import type { MeasureScore, ScoreComponentName } from '../../../api/types.ts';

export const MEASURE_STATUSES = [
  'done',
  'in_progress',
  'not_started',
  'overdue',
  'no_report',
  'cancelled',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

const part = (score: MeasureScore, name: ScoreComponentName) =>
  score.components.find((c) => c.component === name)?.value ?? null;

/**
 * A measure's execution status, read from its score so that it agrees with the rating
 * (docs/modules/strategy-scoring.md): a cancelled measure has no score and no components; an
 * overdue one is flagged; without a report that left the agency verification is 0 (a submitted
 * report gives 0.5, a verified one 1); otherwise the status component is 1 done, 0.5 in progress,
 * 0 not started.
 */
export function measureStatus(score: MeasureScore): MeasureStatus {
  if (score.score === null && score.components.length === 0) return 'cancelled';
  if (score.overdue) return 'overdue';
  if (part(score, 'verification') === 0) return 'no_report';
  const status = part(score, 'status');
  if (status === 1) return 'done';
  if (status !== null && status > 0) return 'in_progress';
  return 'not_started';
}

/** The mean of each score component over the measures where it applies (null where none). */
export function componentMeans(scores: readonly MeasureScore[]) {
  const sums = new Map<string, { weight: number; sum: number; n: number }>();
  for (const score of scores) {
    for (const c of score.components) {
      const entry = sums.get(c.component) ?? { weight: c.weight, sum: 0, n: 0 };
      if (c.value !== null) {
        entry.sum += c.value;
        entry.n += 1;
      }
      sums.set(c.component, entry);
    }
  }
  return [...sums].map(([component, e]) => ({
    component,
    weight: e.weight,
    mean: e.n > 0 ? e.sum / e.n : null,
  }));
}
