import { and, asc, count, desc, eq, ilike, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants } from '../../declarations/schema.ts';
import { conflictFindings, persons } from '../schema.ts';

const SEVERITY_RANK = sql<number>`CASE ${conflictFindings.severity} WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;
const SORTS = {
  severity: SEVERITY_RANK,
  found: conflictFindings.firstFoundAt,
  seen: conflictFindings.lastSeenAt,
  name: persons.fullName,
} as const;
export type FindingSort = keyof typeof SORTS;

const columns = {
  id: conflictFindings.id,
  rule: conflictFindings.rule,
  severity: conflictFindings.severity,
  state: conflictFindings.state,
  path: conflictFindings.path,
  caseId: conflictFindings.caseId,
  dismissedReason: conflictFindings.dismissedReason,
  firstFoundAt: conflictFindings.firstFoundAt,
  lastSeenAt: conflictFindings.lastSeenAt,
  officialId: persons.id,
  officialName: persons.fullName,
  agencyId: agencies.id,
  agencyName: agencies.name,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null };

const toItem = (row: Row) => ({
  id: row.id!,
  rule: row.rule!,
  severity: row.severity!,
  state: row.state!,
  path: row.path!,
  caseId: row.caseId,
  dismissedReason: row.dismissedReason,
  firstFoundAt: row.firstFoundAt!,
  lastSeenAt: row.lastSeenAt!,
  official: {
    id: row.officialId!,
    name: row.officialName!,
    agency: row.agencyId ? { id: row.agencyId, name: row.agencyName! } : null,
  },
});

/** The verifier's queue of potential conflicts, most severe first by default. */
export async function listFindings(
  db: Db,
  filter: { state?: string | undefined; rule?: string | undefined; q?: string | undefined },
  sort: { field: FindingSort; descending: boolean },
  page: PageRequest,
) {
  const where = and(
    filter.state ? eq(conflictFindings.state, filter.state) : undefined,
    filter.rule ? eq(conflictFindings.rule, filter.rule) : undefined,
    filter.q ? ilike(persons.fullName, containsPattern(filter.q)) : undefined,
  );
  const order = sort.descending ? desc(SORTS[sort.field]) : asc(SORTS[sort.field]);
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select(columns)
        .from(conflictFindings)
        .innerJoin(persons, eq(persons.id, conflictFindings.officialPersonId))
        .leftJoin(declarants, eq(declarants.id, persons.declarantId))
        .leftJoin(agencies, eq(agencies.id, declarants.agencyId))
        .where(where)
        .orderBy(order, desc(conflictFindings.lastSeenAt), asc(conflictFindings.id))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(conflictFindings)
        .innerJoin(persons, eq(persons.id, conflictFindings.officialPersonId))
        .where(where),
    toItem,
  );
}

export async function findingView(db: Db, id: string) {
  const [row] = await db
    .select(columns)
    .from(conflictFindings)
    .innerJoin(persons, eq(persons.id, conflictFindings.officialPersonId))
    .leftJoin(declarants, eq(declarants.id, persons.declarantId))
    .leftJoin(agencies, eq(agencies.id, declarants.agencyId))
    .where(eq(conflictFindings.id, id));
  if (!row) throw notFound({ finding: id });
  return toItem(row);
}

/** A verifier sets a potential conflict aside, with the reason; it stays visible as dismissed. */
export async function dismissFinding(db: Db, actor: Actor, id: string, reason: string) {
  await db.transaction(async (tx) => {
    const [finding] = await tx
      .select({ state: conflictFindings.state })
      .from(conflictFindings)
      .where(eq(conflictFindings.id, id))
      .for('update');
    if (!finding) throw notFound({ finding: id });
    if (finding.state !== 'open' && finding.state !== 'gone')
      throw new AppError(409, 'transition_refused', { state: finding.state });
    await tx
      .update(conflictFindings)
      .set({ state: 'dismissed', dismissedReason: reason })
      .where(eq(conflictFindings.id, id));
    await recordAudit(tx, actor, {
      action: 'conflict_finding.dismissed',
      entityType: 'conflict_finding',
      entityId: id,
      details: { reason },
    });
  });
}
