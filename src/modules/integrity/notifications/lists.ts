import { and, asc, count, desc, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { findDeclarant } from '../../declarations/filing/drafts.ts';
import { PUBLISHED_POST_CATEGORIES } from '../../declarations/publication/public.ts';
import { declarants } from '../../declarations/schema.ts';
import type { IntegrityViewer } from '../cases/viewer.ts';
import { conflictNotifications } from '../schema.ts';

export const NOTIFICATION_STATES = ['filed', 'decided'] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

const SORTS = { filed: conflictNotifications.filedAt, name: declarants.fullName } as const;
export type NotificationSort = keyof typeof SORTS;

/** Political and special posts, and the person not on the non-publication list: as declarations. */
export const isPublishedNotification = (): SQL =>
  and(
    inArray(conflictNotifications.postCategory, [...PUBLISHED_POST_CATEGORIES]),
    isNull(declarants.notPublishedReason),
  )!;

const decision = (n: typeof conflictNotifications.$inferSelect) => ({
  state: n.state,
  measure: n.measure,
  measureText: n.measureText,
  decidedAt: n.decidedAt?.toISOString() ?? null,
});

/**
 * The official's own notifications, with whether each is published. The declarant record comes
 * along for the filing form; an account that does not declare gets an empty list and null.
 */
export async function myNotifications(db: Db, viewer: IntegrityViewer, page: PageRequest) {
  const me = await findDeclarant(db, viewer.userId);
  if (!me) return { items: [], total: 0, ...page, declarant: null };
  const where = eq(conflictNotifications.declarantId, me.id);
  const list = await fetchPage(
    page,
    (limit, offset) =>
      db
        .select({ n: conflictNotifications, published: sql<boolean>`${isPublishedNotification()}` })
        .from(conflictNotifications)
        .innerJoin(declarants, eq(declarants.id, conflictNotifications.declarantId))
        .where(where)
        .orderBy(desc(conflictNotifications.filedAt), asc(conflictNotifications.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(conflictNotifications).where(where),
    ({ n, published }) => ({
      id: n.id,
      caseId: n.caseId,
      post: n.post,
      description: n.description,
      relatedParty: n.relatedParty,
      filedAt: n.filedAt.toISOString(),
      ...decision(n),
      published,
    }),
  );
  const [agency] = await db
    .select({ id: agencies.id, code: agencies.code, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, me.agencyId));
  return {
    ...list,
    declarant: {
      id: me.id,
      fullName: me.fullName,
      post: me.post,
      postCategory: me.postCategory,
      agency: agency ?? null,
    },
  };
}

/** The head's queue: notifications of officials of their own agency, to decide or decided. */
export function notificationsToDecide(
  db: Db,
  viewer: IntegrityViewer,
  filter: { state?: NotificationState | undefined; search?: string | undefined },
  sort: { field: NotificationSort; descending: boolean },
  page: PageRequest,
) {
  const where = and(
    viewer.agencyId ? eq(conflictNotifications.agencyId, viewer.agencyId) : sql`false`,
    filter.state ? eq(conflictNotifications.state, filter.state) : undefined,
    filter.search ? ilike(declarants.fullName, containsPattern(filter.search)) : undefined,
  );
  const column = SORTS[sort.field];
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({ n: conflictNotifications, fullName: declarants.fullName })
        .from(conflictNotifications)
        .innerJoin(declarants, eq(declarants.id, conflictNotifications.declarantId))
        .where(where)
        .orderBy(sort.descending ? desc(column) : asc(column), asc(conflictNotifications.id))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(conflictNotifications)
        .innerJoin(declarants, eq(declarants.id, conflictNotifications.declarantId))
        .where(where),
    ({ n, fullName }) => ({
      id: n.id,
      declarant: { id: n.declarantId, fullName },
      post: n.post,
      postCategory: n.postCategory,
      caseId: n.caseId,
      description: n.description,
      relatedParty: n.relatedParty,
      filedAt: n.filedAt.toISOString(),
      ...decision(n),
    }),
  );
}
