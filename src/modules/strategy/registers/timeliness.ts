import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';

export interface AgencyTimeliness {
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  /** Whether synthetic demo measures are counted here. */
  synthetic: boolean;
  /** Reports due: every measure of a plan covering the year, for every period of it already closed. */
  due: number;
  onTime: number;
  late: number;
  missing: number;
  /** On-time share in percent; null when nothing was due. */
  onTimeShare: number | null;
}

/**
 * Plan item 11: do the authorised anti-corruption officers report on time? A report counts as on
 * time when its first submission came before the period's window closed; a report never
 * submitted by then is missing if it still has not been, late if it was submitted afterwards.
 */
export async function reportingTimeliness(
  db: Db,
  year: number,
  now = new Date(),
): Promise<AgencyTimeliness[]> {
  const rows = await queryRows<{
    agency_id: string;
    code: string;
    name: LocalizedText;
    synthetic: boolean;
    due: number;
    on_time: number;
    late: number;
  }>(
    db,
    sql`WITH due AS (
          SELECT m.id AS measure_id, m.agency_id, m.synthetic, p.id AS period_id, p.closes_at
          FROM measures m
          JOIN agency_plans pl ON pl.id = m.plan_id
          JOIN reporting_periods p ON p.year = ${year} AND p.closes_at <= ${now}
          WHERE pl.year_from <= ${year} AND pl.year_to >= ${year}),
        first_submission AS (
          SELECT r.measure_id, r.period_id, min(r.submitted_at) AS at
          FROM measure_reports r JOIN due USING (measure_id, period_id)
          WHERE r.submitted_at IS NOT NULL
          GROUP BY r.measure_id, r.period_id)
        SELECT due.agency_id, a.code, a.name, bool_or(due.synthetic) AS synthetic,
               count(*)::int AS due,
               count(*) FILTER (WHERE f.at <= due.closes_at)::int AS on_time,
               count(*) FILTER (WHERE f.at > due.closes_at)::int AS late
        FROM due
        JOIN agencies a ON a.id = due.agency_id
        LEFT JOIN first_submission f USING (measure_id, period_id)
        GROUP BY due.agency_id, a.code, a.name
        ORDER BY a.name->>'en'`,
  );
  return rows.map((r) => ({
    agencyId: r.agency_id,
    agencyCode: r.code,
    agencyName: r.name,
    synthetic: r.synthetic,
    due: r.due,
    onTime: r.on_time,
    late: r.late,
    missing: r.due - r.on_time - r.late,
    onTimeShare: r.due === 0 ? null : Math.round((1000 * r.on_time) / r.due) / 10,
  }));
}
