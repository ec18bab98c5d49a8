import type { PeriodKind, PlanKind } from '../../api/types.ts';

// The server's lists live beside database code that the web app does not bundle; a Record over the
// server's type makes the compiler refuse a kind that is missing here or unknown there.
const planKinds: Record<PlanKind, true> = {
  departmental: true,
  governmental: true,
  systemic_corruption: true,
  local: true,
};
export const PLAN_KINDS = Object.keys(planKinds) as PlanKind[];

/** How many periods of each kind a year has (quarters 1-4, halves 1-2, the year 1). */
export const PERIODS_PER_YEAR: Record<PeriodKind, number> = { quarter: 4, half_year: 2, year: 1 };
export const PERIOD_KINDS = Object.keys(PERIODS_PER_YEAR) as PeriodKind[];
