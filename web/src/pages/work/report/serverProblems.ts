import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/ApiError.ts';
import type { IndicatorUnit } from '../../../api/types.ts';

/** Why the server refused an indicator value (`details.problems[].reason`). */
export const PROBLEM_REASONS = [
  'unknown_indicator',
  'other_activity',
  'computed',
  'duplicate',
  'unit_mismatch',
  'out_of_range',
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/** One refused value; `problem` is the server's English wording, kept for an unknown reason only. */
export type IndicatorProblem = {
  indicatorCode: string;
  reason: ProblemReason | null;
  problem: string;
};

const isReason = (value: unknown): value is ProblemReason =>
  typeof value === 'string' && (PROBLEM_REASONS as readonly string[]).includes(value);

/** The per-indicator problems of an `indicator_value_invalid` refusal, if that is what came back. */
export function indicatorProblems(error: unknown): IndicatorProblem[] {
  if (!isApiError(error) || error.code !== 'indicator_value_invalid') return [];
  const problems = (error.details as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems
    .filter(
      (p): p is { indicatorCode: string; reason?: unknown; problem?: unknown } =>
        typeof p?.indicatorCode === 'string',
    )
    .map((p) => ({
      indicatorCode: p.indicatorCode,
      reason: isReason(p.reason) ? p.reason : null,
      problem: typeof p.problem === 'string' ? p.problem : '',
    }));
}

/**
 * The refusal as a sentence in the user's language, naming the indicator; a value out of range
 * also says what its unit allows, when the form knows the unit.
 */
export function problemSentence(
  t: TFunction,
  problem: IndicatorProblem,
  unit: IndicatorUnit | null,
): string {
  const code = problem.indicatorCode;
  if (!problem.reason) return t('work.report.problems.other', { code });
  const sentence = t(`work.report.problems.${problem.reason}`, { code });
  return problem.reason === 'out_of_range' && unit
    ? `${sentence} ${t(`work.report.ranges.${unit}`)}`
    : sentence;
}
