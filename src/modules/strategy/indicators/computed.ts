import { sql } from 'drizzle-orm';
import type { ComputedIndicator } from '../../../platform/computed-indicators.ts';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { budgetExecution, nationalBudgetShare } from '../registers/budget.ts';
import { reportingTimeliness } from '../registers/timeliness.ts';

const percent = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10;

async function one<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(db, query);
  return row!;
}

/** Measures of plans that cover the year. */
const activeMeasures = (year: number) => sql`
  SELECT m.id, m.deadline FROM measures m JOIN agency_plans pl ON pl.id = m.plan_id
  WHERE pl.year_from <= ${year} AND pl.year_to >= ${year}`;

/**
 * The indicators the Strategy module measures from its own records (keys in data/indicators.json).
 * Each answers null when there is nothing to measure the year from.
 */
export const strategyComputedIndicators: Record<string, ComputedIndicator> = {
  'strategy.reports-unified-share': async (db, { year }) => {
    const r = await one<{ active: number; reported: number }>(
      db,
      sql`WITH active AS (${activeMeasures(year)})
          SELECT count(*)::int AS active,
                 count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM measure_reports r JOIN reporting_periods p ON p.id = r.period_id
                   WHERE r.measure_id = active.id AND p.year = ${year}
                     AND r.state IN ('submitted', 'verified', 'published')))::int AS reported
          FROM active`,
    );
    if (r.active === 0) return null;
    return {
      value: percent(r.reported, r.active),
      basis: `${r.reported} of ${r.active} measures of plans covering ${year} reported in the unified form`,
    };
  },

  'strategy.measures-executed-share': async (db, { year }) => {
    const r = await one<{ due: number; done: number; cancelled: number }>(
      db,
      // Each measure's newest report that left the officer's hands, found through its index.
      sql`SELECT count(*)::int AS due,
                 count(*) FILTER (WHERE l.execution_status = 'done')::int AS done,
                 count(*) FILTER (WHERE l.execution_status = 'cancelled')::int AS cancelled
          FROM measures m
          LEFT JOIN LATERAL (
            SELECT r.execution_status FROM measure_reports r
            WHERE r.measure_id = m.id AND r.state IN ('submitted', 'verified', 'published')
            ORDER BY r.created_at DESC, r.version DESC LIMIT 1) l ON true
          WHERE m.deadline >= make_date(${year}, 1, 1) AND m.deadline < make_date(${year + 1}, 1, 1)`,
    );
    // Cancelled measures count nowhere, as in the scoring.
    const due = r.due - r.cancelled;
    if (due === 0) return null;
    return {
      value: percent(r.done, due),
      basis: `${r.done} of ${due} measures due in ${year} reported done (cancelled ones left out)`,
    };
  },

  'strategy.council-meetings': async (db, { year }) => {
    const r = await one<{ held: number; later: number }>(
      db,
      sql`SELECT count(*) FILTER (WHERE extract(year FROM held_on) = ${year})::int AS held,
                 count(*) FILTER (WHERE extract(year FROM held_on) > ${year})::int AS later
          FROM council_meetings`,
    );
    // No meetings in a year the register has not reached yet (nothing entered then or since) is
    // unknown, not zero; a year before entries that exist did have none.
    if (r.held === 0 && r.later === 0) return null;
    return { value: r.held, basis: `${r.held} meeting(s) in the register for ${year}` };
  },

  'strategy.officer-reports-on-time-share': async (db, { year }) => {
    const rows = await reportingTimeliness(db, year);
    const due = rows.reduce((n, r) => n + r.due, 0);
    if (due === 0) return null;
    const onTime = rows.reduce((n, r) => n + r.onTime, 0);
    return {
      value: percent(onTime, due),
      basis: `${onTime} of ${due} reports due in ${year} submitted before their window closed`,
    };
  },

  'strategy.budget-execution-share': async (db, { year }) => {
    const rows = await budgetExecution(db, year);
    const share = nationalBudgetShare(rows);
    if (share === null) return null;
    return {
      value: share,
      basis: `executed against planned budget of ${rows.reduce((n, r) => n + r.measures, 0)} measures due in ${year}, in som`,
    };
  },
};
