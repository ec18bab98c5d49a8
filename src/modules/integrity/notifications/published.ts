import { and, asc, count, desc, eq, gte, ilike, lt, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants } from '../../declarations/schema.ts';
import { conflictNotifications } from '../schema.ts';
import { isPublishedNotification } from './lists.ts';

const SORTS = { filed: conflictNotifications.filedAt, name: declarants.fullName } as const;
export type PublishedSort = keyof typeof SORTS;

/** A calendar year in Bishkek (UTC+6, no daylight saving). */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+06:00`);

/**
 * Published notifications of conflicts of interest: name, post, agency, what was notified and the
 * measure decided. Never the PIN, birth date or anything else of the register.
 */
export function searchPublishedNotifications(
  db: Db,
  filter: { search?: string | undefined; year?: number | undefined },
  sort: { field: PublishedSort; descending: boolean },
  page: PageRequest,
) {
  const where = and(
    isPublishedNotification(),
    filter.search
      ? or(
          ilike(declarants.fullName, containsPattern(filter.search)),
          ilike(conflictNotifications.description, containsPattern(filter.search)),
          ilike(conflictNotifications.relatedParty, containsPattern(filter.search)),
        )
      : undefined,
    filter.year ? gte(conflictNotifications.filedAt, yearStart(filter.year)) : undefined,
    filter.year ? lt(conflictNotifications.filedAt, yearStart(filter.year + 1)) : undefined,
  );
  const column = SORTS[sort.field];
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          id: conflictNotifications.id,
          fullName: declarants.fullName,
          post: conflictNotifications.post,
          agency: { id: agencies.id, code: agencies.code, name: agencies.name },
          description: conflictNotifications.description,
          relatedParty: conflictNotifications.relatedParty,
          filedAt: conflictNotifications.filedAt,
          state: conflictNotifications.state,
          measure: conflictNotifications.measure,
          measureText: conflictNotifications.measureText,
          decidedAt: conflictNotifications.decidedAt,
          synthetic: conflictNotifications.synthetic,
        })
        .from(conflictNotifications)
        .innerJoin(declarants, eq(declarants.id, conflictNotifications.declarantId))
        .innerJoin(agencies, eq(agencies.id, conflictNotifications.agencyId))
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
    (r) => ({
      ...r,
      filedAt: r.filedAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    }),
  );
}
