import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { formatAmount, parseAmount } from '../../../platform/money.ts';

/** Plan item 20, indicator 20.1.2: the anti-corruption budget executed at 95-100%. */
export const BUDGET_BAND = { from: 95, to: 100 } as const;

export interface AgencyBudget {
  agencyId: string;
  agencyCode: string;
  agencyName: LocalizedText;
  /** Whether synthetic demo measures are counted here. */
  synthetic: boolean;
  measures: number;
  planned: { amount: string; currency: string };
  executed: { amount: string; currency: string };
  /** Executed as a percent of planned; null when nothing was planned. */
  executionShare: number | null;
  withinBand: boolean | null;
}

/**
 * Planned against executed budget of the measures due in the year, per agency, in som (measures
 * budgeted in other currencies are left out: there is no official rate to add them up with here).
 */
export async function budgetExecution(db: Db, year: number): Promise<AgencyBudget[]> {
  const rows = await queryRows<{
    agency_id: string;
    code: string;
    name: LocalizedText;
    synthetic: boolean;
    measures: number;
    planned: string;
    executed: string;
  }>(
    db,
    sql`SELECT m.agency_id, a.code, a.name, bool_or(m.synthetic) AS synthetic,
               count(*)::int AS measures,
               sum(m.planned_budget_tyiyn)::text AS planned,
               coalesce(sum(m.executed_budget_tyiyn), 0)::text AS executed
        FROM measures m JOIN agencies a ON a.id = m.agency_id
        WHERE extract(year FROM m.deadline) = ${year}
          AND m.planned_budget_tyiyn IS NOT NULL AND m.planned_budget_currency = 'KGS'
        GROUP BY m.agency_id, a.code, a.name
        ORDER BY a.name->>'en'`,
  );
  return rows.map((r) => {
    const planned = BigInt(r.planned);
    const executed = BigInt(r.executed);
    const share = planned === 0n ? null : Number((executed * 1000n) / planned) / 10;
    return {
      agencyId: r.agency_id,
      agencyCode: r.code,
      agencyName: r.name,
      synthetic: r.synthetic,
      measures: r.measures,
      planned: { amount: formatAmount(planned), currency: 'KGS' },
      executed: { amount: formatAmount(executed), currency: 'KGS' },
      executionShare: share,
      withinBand: share === null ? null : share >= BUDGET_BAND.from && share <= BUDGET_BAND.to,
    };
  });
}

/** The national share: all executed over all planned, in som. */
export function nationalBudgetShare(rows: readonly AgencyBudget[]): number | null {
  let planned = 0n;
  let executed = 0n;
  for (const r of rows) {
    planned += parseAmount(r.planned.amount) ?? 0n;
    executed += parseAmount(r.executed.amount) ?? 0n;
  }
  return planned === 0n ? null : Number((executed * 1000n) / planned) / 10;
}
