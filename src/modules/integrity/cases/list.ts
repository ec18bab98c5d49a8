import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants } from '../../declarations/schema.ts';
import { conflictCases, conflictFindings, conflictNotifications, persons } from '../schema.ts';
import { type IntegrityViewer, seesEverything } from './viewer.ts';

export const CASE_STATES = ['open', 'measure_ordered', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

const SORTS = {
  opened: conflictCases.openedAt,
  name: persons.fullName,
  state: conflictCases.state,
} as const;
export type CaseSort = keyof typeof SORTS;

const findingCount = sql<number>`(SELECT count(*)::int FROM ${conflictFindings} WHERE ${conflictFindings.caseId} = ${conflictCases.id})`;
const notificationCount = sql<number>`(SELECT count(*)::int FROM ${conflictNotifications} WHERE ${conflictNotifications.caseId} = ${conflictCases.id})`;

function casePage(
  db: Db,
  where: SQL | undefined,
  sort: { field: CaseSort; descending: boolean },
  page: PageRequest,
) {
  const column = SORTS[sort.field];
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          kase: conflictCases,
          official: { id: persons.id, fullName: persons.fullName },
          post: declarants.post,
          agency: { id: agencies.id, code: agencies.code, name: agencies.name },
          findings: findingCount,
          notifications: notificationCount,
        })
        .from(conflictCases)
        .innerJoin(persons, eq(persons.id, conflictCases.officialPersonId))
        .leftJoin(declarants, eq(declarants.id, persons.declarantId))
        .innerJoin(agencies, eq(agencies.id, conflictCases.agencyId))
        .where(where)
        .orderBy(sort.descending ? desc(column) : asc(column), asc(conflictCases.id))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(conflictCases)
        .innerJoin(persons, eq(persons.id, conflictCases.officialPersonId))
        .leftJoin(declarants, eq(declarants.id, persons.declarantId))
        .where(where),
    (r) => ({
      id: r.kase.id,
      state: r.kase.state,
      origin: r.kase.origin,
      summary: r.kase.summary,
      official: { ...r.official, post: r.post },
      agency: r.agency,
      openedAt: r.kase.openedAt.toISOString(),
      closedAt: r.kase.closedAt?.toISOString() ?? null,
      outcome: r.kase.outcome,
      liability: r.kase.liability,
      findingCount: r.findings,
      notificationCount: r.notifications,
      synthetic: r.kase.synthetic,
    }),
  );
}

const searchCondition = (search: string | undefined) =>
  search
    ? or(
        ilike(persons.fullName, containsPattern(search)),
        ilike(conflictCases.summary, containsPattern(search)),
      )
    : undefined;

/** The case list of verifiers and the prosecutor (all), and of an agency head (their agency's). */
export function listCases(
  db: Db,
  viewer: IntegrityViewer,
  filter: { state?: CaseState | undefined; search?: string | undefined },
  sort: { field: CaseSort; descending: boolean },
  page: PageRequest,
) {
  const scope = seesEverything(viewer)
    ? undefined
    : viewer.agencyId
      ? eq(conflictCases.agencyId, viewer.agencyId)
      : sql`false`;
  const where = and(
    scope,
    filter.state ? eq(conflictCases.state, filter.state) : undefined,
    searchCondition(filter.search),
  );
  return casePage(db, where, sort, page);
}

/** The official's own cases; an account that does not declare has none. */
export function myCases(db: Db, viewer: IntegrityViewer, page: PageRequest) {
  return casePage(
    db,
    eq(declarants.userId, viewer.userId),
    { field: 'opened', descending: true },
    page,
  );
}
