import { and, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { conflictCases } from '../schema.ts';

/**
 * Plan indicator 5.13.6, "share of identified conflicts resolved": of the cases opened in the
 * year and not found unfounded, those closed with the conflict resolved or liability imposed.
 */
export async function resolvedShare(db: Db, { year }: { year: number }) {
  const [row] = await db
    .select({
      identified: sql<number>`count(*) FILTER (WHERE ${conflictCases.outcome} IS DISTINCT FROM 'unfounded')::int`,
      resolved: sql<number>`count(*) FILTER (WHERE ${conflictCases.outcome} IN ('resolved', 'liability'))::int`,
      liability: sql<number>`count(*) FILTER (WHERE ${conflictCases.outcome} = 'liability')::int`,
    })
    .from(conflictCases)
    .where(and(sql`extract(year from ${conflictCases.openedAt}) = ${year}`));
  if (!row || row.identified === 0) return null;
  return {
    value: Math.round((1000 * row.resolved) / row.identified) / 10,
    basis: `${row.resolved} of ${row.identified} conflict-of-interest cases identified in ${year} are resolved (${row.liability} with liability)`,
  };
}
