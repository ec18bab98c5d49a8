import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { queryRows } from '../../../platform/db/client.ts';

/**
 * Plan indicator 12.1.5, "the law is effective and applied in practice" (yes/no per year), read
 * from the platform's own records: reports were received and handled, every protection request
 * due in the year was answered by its deadline, and no reward payment is overdue. The basis
 * gives the figures, so the reader can judge the yes or no.
 */
export async function protectionLawApplied(db: Db, { year }: { year: number }) {
  const [r] = await queryRows<{
    received: number;
    closed: number;
    protection_due: number;
    protection_on_time: number;
    rewards_overdue: number;
  }>(
    db,
    sql`SELECT
          (SELECT count(*)::int FROM reports WHERE extract(year from submitted_at AT TIME ZONE 'Asia/Bishkek') = ${year}) AS received,
          (SELECT count(*)::int FROM reports WHERE closed_at IS NOT NULL AND extract(year from closed_at AT TIME ZONE 'Asia/Bishkek') = ${year}) AS closed,
          (SELECT count(*)::int FROM protection_requests WHERE extract(year from deadline) = ${year} AND deadline < (now() AT TIME ZONE 'Asia/Bishkek')::date) AS protection_due,
          (SELECT count(*)::int FROM protection_requests WHERE extract(year from deadline) = ${year} AND deadline < (now() AT TIME ZONE 'Asia/Bishkek')::date
             AND answered_at IS NOT NULL AND (answered_at AT TIME ZONE 'Asia/Bishkek')::date <= deadline) AS protection_on_time,
          (SELECT count(*)::int FROM reward_decisions WHERE eligible AND paid_on IS NULL AND payment_due < (now() AT TIME ZONE 'Asia/Bishkek')::date
             AND extract(year from payment_due) = ${year}) AS rewards_overdue`,
  );
  if (!r || r.received === 0) return null;
  const applied =
    r.closed > 0 && r.protection_on_time === r.protection_due && r.rewards_overdue === 0;
  return {
    value: applied ? 1 : 0,
    basis:
      `${year}: ${r.received} reports received, ${r.closed} closed; ` +
      `${r.protection_on_time} of ${r.protection_due} protection requests due were answered by the prosecutor's deadline; ` +
      `${r.rewards_overdue} reward payments overdue`,
  };
}
