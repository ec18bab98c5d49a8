import type { ExecutionScores } from '../../../api/types.ts';

/**
 * The whole country's figures from the rating: every scored measure belongs to one agency, so the
 * agencies add up to all of them (Plan items and directions leave out measures with no Plan
 * activity). The average is the mean over measures, not over agencies.
 */
export function nationalTotals(scores: ExecutionScores) {
  let measures = 0;
  let overdue = 0;
  let unverified = 0;
  let sum = 0;
  for (const agency of scores.agencies) {
    measures += agency.measures;
    overdue += agency.overdue;
    unverified += agency.unverified;
    if (agency.score !== null) sum += agency.score * agency.measures;
  }
  const average = measures > 0 ? Math.round((sum / measures) * 10) / 10 : null;
  return { measures, overdue, unverified, average };
}
