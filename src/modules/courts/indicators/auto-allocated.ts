import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { queryRows } from '../../../platform/db/client.ts';

/**
 * Plan indicator 17.1.5, "cases in all instances are allocated only by the automated system
 * without human influence": of the cases registered in the year, the share whose judge was
 * drawn by the system (there is no other way to assign one; cases left unallocated after an
 * explained failure count against it).
 */
export async function autoAllocatedShare(db: Db, { year }: { year: number }) {
  const [row] = await queryRows<{ registered: number; allocated: number }>(
    db,
    sql`SELECT count(*)::int AS registered, count(*) FILTER (WHERE judge_id IS NOT NULL)::int AS allocated
        FROM court_cases WHERE extract(year from filed_at AT TIME ZONE 'Asia/Bishkek') = ${year}`,
  );
  if (!row || row.registered === 0) return null;
  return {
    value: Math.round((1000 * row.allocated) / row.registered) / 10,
    basis: `${row.allocated} of ${row.registered} court cases registered in ${year} were allocated by the automated system`,
  };
}
