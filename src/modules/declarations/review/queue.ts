import { and, asc, count, desc, eq, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants, declarationChecks, declarationReviews, declarations } from '../schema.ts';

export interface QueueFilter {
  state?: string | undefined;
  /** Only checks assigned to this verifier; "none" for unassigned ones. */
  verifier?: string | 'none' | undefined;
  agencyId?: string | undefined;
  year?: number | undefined;
  minScore?: number | undefined;
  /** A finding code the declaration's latest check must contain. */
  code?: string | undefined;
  q?: string | undefined;
  referredOnly?: boolean;
}

const SORTS = {
  score: declarationChecks.score,
  entered: declarationReviews.enteredAt,
  name: declarants.fullName,
  year: declarations.year,
} as const;
export type QueueSort = keyof typeof SORTS;

/** The full-check queue: declarations above the risk threshold, with their reasons, filtered and ranked. */
export async function listReviews(
  db: Db,
  filter: QueueFilter,
  sort: { field: QueueSort; descending: boolean },
  page: { page: number; pageSize: number },
) {
  const where: SQL[] = [];
  if (filter.state) where.push(eq(declarationReviews.state, filter.state));
  if (filter.verifier === 'none') where.push(isNull(declarationReviews.verifierId));
  else if (filter.verifier) where.push(eq(declarationReviews.verifierId, filter.verifier));
  if (filter.agencyId) where.push(eq(declarations.agencyId, filter.agencyId));
  if (filter.year) where.push(eq(declarations.year, filter.year));
  if (filter.minScore !== undefined)
    where.push(sql`${declarationChecks.score} >= ${filter.minScore}`);
  if (filter.code)
    where.push(
      sql`${declarationChecks.findings} @> ${JSON.stringify([{ code: filter.code }])}::jsonb`,
    );
  if (filter.q) where.push(ilike(declarants.fullName, containsPattern(filter.q)));
  if (filter.referredOnly) where.push(eq(declarationReviews.outcome, 'referral'));
  const condition = where.length ? and(...where) : undefined;
  const column = SORTS[sort.field];
  const order = sort.descending ? desc(column) : asc(column);
  const rows = db
    .select({
      id: declarationReviews.id,
      state: declarationReviews.state,
      outcome: declarationReviews.outcome,
      enteredAt: declarationReviews.enteredAt,
      verifierId: declarationReviews.verifierId,
      requestDeadline: declarationReviews.requestDeadline,
      declarationId: declarations.id,
      year: declarations.year,
      post: declarations.post,
      fullName: declarants.fullName,
      agency: { id: agencies.id, code: agencies.code, name: agencies.name },
      score: declarationChecks.score,
      reasons: declarationChecks.reasons,
      synthetic: declarations.synthetic,
    })
    .from(declarationReviews)
    .innerJoin(declarations, eq(declarations.id, declarationReviews.declarationId))
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .innerJoin(agencies, eq(agencies.id, declarations.agencyId))
    .leftJoin(declarationChecks, eq(declarationChecks.declarationId, declarations.id))
    .where(condition);
  const total = db
    .select({ n: count() })
    .from(declarationReviews)
    .innerJoin(declarations, eq(declarations.id, declarationReviews.declarationId))
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .leftJoin(declarationChecks, eq(declarationChecks.declarationId, declarations.id))
    .where(condition);
  return fetchPage(
    page,
    (limit, offset) => rows.orderBy(order, asc(declarationReviews.id)).limit(limit).offset(offset),
    () => total,
    (r) => ({
      ...r,
      enteredAt: r.enteredAt.toISOString(),
      score: r.score ?? 0,
      reasons: (r.reasons ?? []).slice(0, 3),
    }),
  );
}
