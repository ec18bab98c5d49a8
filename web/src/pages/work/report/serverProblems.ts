import { isApiError } from '../../../api/ApiError.ts';

/** The per-indicator problems of an `indicator_value_invalid` refusal, if that is what came back. */
export function indicatorProblems(error: unknown): { indicatorCode: string; problem: string }[] {
  if (!isApiError(error) || error.code !== 'indicator_value_invalid') return [];
  const problems = (error.details as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems)
    ? problems.filter(
        (p): p is { indicatorCode: string; problem: string } =>
          typeof p?.indicatorCode === 'string' && typeof p?.problem === 'string',
      )
    : [];
}
