import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { procurementPlanItems } from '../schema.ts';
import { money } from '../tenders/list.ts';

const p = procurementPlanItems;

/** The published annual plans' lines: by buyer and year, searchable by code or description. */
export function listPlanItems(
  db: Db,
  query: { buyer?: string; year?: number; q?: string } & PageRequest,
) {
  const where = and(
    query.buyer ? eq(p.buyerId, query.buyer) : undefined,
    query.year ? eq(p.year, query.year) : undefined,
    query.q
      ? or(
          ilike(p.description, containsPattern(query.q)),
          ilike(p.classification, `${query.q.replace(/[\\%_]/g, '')}%`),
          ilike(p.buyerName, containsPattern(query.q)),
        )
      : undefined,
  );
  return fetchPage(
    query,
    (limit, offset) =>
      db
        .select()
        .from(p)
        .where(where)
        .orderBy(asc(p.buyerName), asc(p.year), asc(p.line))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(p).where(where),
    (row) => ({
      buyerId: row.buyerId,
      buyerName: row.buyerName,
      year: row.year,
      line: row.line,
      classification: row.classification,
      description: row.description,
      planned: money(row.plannedTyiyn, row.currency),
      method: row.method,
      quarter: row.quarter,
      synthetic: row.synthetic,
    }),
  );
}
