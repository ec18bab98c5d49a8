import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { queryRows } from '../../../platform/db/client.ts';
import type { PageRequest } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import type { Day } from '../engine/types.ts';

export const ALLOCATION_SORTS = ['at'] as const;

export interface AllocationFilter {
  from?: Day | undefined;
  to?: Day | undefined;
  judge?: string | undefined;
  q?: string | undefined;
  caseId?: string | undefined;
}

interface Row {
  seq: string | number;
  at: string | Date;
  day: string;
  kind: 'allocation' | 'allocation-failed';
  case_id: string;
  number: string;
  category: string;
  category_name: { ky: string; ru: string; en: string } | null;
  reason: string;
  judge_id: string | null;
  judge_name: string | null;
  previous_id: string | null;
  previous_name: string | null;
  eligible_count: number | null;
  excluded_count: number;
  inputs_hash: string | null;
  revealed: boolean;
  threshold: number | null;
}

function whereOf(courtId: string, f: AllocationFilter): SQL {
  const parts = [sql`l.court_id = ${courtId}`, sql`l.kind IN ('allocation', 'allocation-failed')`];
  if (f.from) parts.push(sql`l.day >= ${f.from}`);
  if (f.to) parts.push(sql`l.day <= ${f.to}`);
  if (f.judge) parts.push(sql`l.judge_id = ${f.judge}`);
  if (f.caseId) parts.push(sql`l.case_id = ${f.caseId}`);
  if (f.q) parts.push(sql`l.payload->>'number' ILIKE ${containsPattern(f.q)}`);
  return sql.join(parts, sql` AND `);
}

/**
 * The court's published allocations and failures, newest first by default: case number,
 * category, judge, time, eligible-set size and the inputs hash, with the ground of any
 * re-allocation and whether the day's seed is out yet (only then can the draw be checked).
 */
export async function listAllocations(
  db: Db,
  courtId: string,
  filter: AllocationFilter,
  sort: { descending: boolean },
  page: PageRequest,
) {
  const where = whereOf(courtId, filter);
  const order = sort.descending ? sql`l.seq DESC` : sql`l.seq ASC`;
  const [rows, [total]] = await Promise.all([
    queryRows<Row>(
      db,
      sql`SELECT l.seq, l.at, l.day::text AS day, l.kind, l.case_id, l.payload->>'number' AS number,
          l.payload->>'category' AS category, c.name AS category_name, l.payload->>'reason' AS reason,
          j.id AS judge_id, j.full_name AS judge_name, p.id AS previous_id, p.full_name AS previous_name,
          jsonb_array_length(l.payload->'eligible') AS eligible_count,
          jsonb_array_length(l.payload->'excluded') AS excluded_count,
          l.payload->>'inputsHash' AS inputs_hash,
          EXISTS (SELECT 1 FROM allocation_log r WHERE r.kind = 'seed-reveal' AND r.payload->>'day' = l.day::text) AS revealed,
          (r.rules->>'smallEligibleSet')::int AS threshold
        FROM allocation_log l
        LEFT JOIN case_categories c ON c.code = l.payload->>'category'
        LEFT JOIN judges j ON l.kind = 'allocation' AND j.id = l.judge_id
        LEFT JOIN judges p ON p.id::text = l.payload->>'previousJudge'
        LEFT JOIN allocation_rules r ON r.version = (l.payload->>'rulesVersion')::int
        WHERE ${where} ORDER BY ${order} LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM allocation_log l WHERE ${where}`,
    ),
  ]);
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq),
      at: new Date(r.at).toISOString(),
      day: r.day,
      kind: r.kind,
      caseId: r.case_id,
      number: r.number,
      category: r.category,
      categoryName: r.category_name,
      judge: r.judge_id ? { id: r.judge_id, name: r.judge_name ?? '' } : null,
      previousJudge: r.previous_id ? { id: r.previous_id, name: r.previous_name ?? '' } : null,
      reason: r.reason,
      eligibleCount: r.eligible_count ?? 0,
      excludedCount: r.excluded_count,
      inputsHash: r.inputs_hash,
      revealed: r.revealed,
      alert: r.kind === 'allocation-failed' || (r.eligible_count ?? 0) <= (r.threshold ?? 2),
    })),
    total: total?.n ?? 0,
    page: page.page,
    pageSize: page.pageSize,
  };
}
