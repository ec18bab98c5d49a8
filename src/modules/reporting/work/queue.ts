import { and, asc, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { parseSort } from '../../../platform/http/pagination.ts';
import { decryptJson, type KeyPair, openSealed, wipe } from '../crypto/envelope.ts';
import type { ReportBody } from '../intake/content.ts';
import { protectionRequests, type ReportStatus, reportKeyHolders, reports } from '../schema.ts';

export interface QueueQuery {
  status?: ReportStatus | undefined;
  category?: string | undefined;
  assigned?: 'me' | 'none' | 'any' | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORTS = {
  submittedAt: reports.submittedAt,
  status: reports.status,
  category: reports.category,
} as const;

/**
 * The body's queue: its reports with what can be shown without opening them; titles only when
 * the handler's key is unlocked (they are decrypted for the page shown, nothing more).
 */
export async function handlerQueue(
  db: Db,
  user: SessionUser,
  query: QueueQuery,
  key: KeyPair | null,
) {
  if (!user.agencyId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const where: SQL[] = [eq(reports.bodyAgencyId, user.agencyId)];
  if (query.status) where.push(eq(reports.status, query.status));
  if (query.category) where.push(eq(reports.category, query.category));
  if (query.assigned === 'me') where.push(eq(reports.assignedTo, user.id));
  if (query.assigned === 'none') where.push(isNull(reports.assignedTo));
  const sort = parseSort(query.sort, 'submittedAt');
  const order = sort.descending
    ? desc(SORTS[sort.field as keyof typeof SORTS])
    : asc(SORTS[sort.field as keyof typeof SORTS]);
  const condition = and(...where);
  return fetchPage(
    query,
    (limit, offset) =>
      db
        .select({
          id: reports.id,
          reference: reports.reference,
          category: reports.category,
          status: reports.status,
          outcome: reports.outcome,
          submittedAt: reports.submittedAt,
          awaitingHandler: reports.awaitingHandler,
          content: reports.content,
          assignedId: users.id,
          assignedName: users.displayName,
          sealedKey: reportKeyHolders.sealedKey,
          openProtection: sql<number>`(SELECT count(*)::int FROM ${protectionRequests} p WHERE p.report_id = reports.id AND p.status = 'open')`,
        })
        .from(reports)
        .leftJoin(users, eq(users.id, reports.assignedTo))
        .leftJoin(
          reportKeyHolders,
          and(eq(reportKeyHolders.reportId, reports.id), eq(reportKeyHolders.userId, user.id)),
        )
        .where(condition)
        .orderBy(order, desc(reports.submittedAt))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(reports).where(condition),
    (r) => {
      let title: string | null = null;
      if (key && r.sealedKey) {
        const reportKey = openSealed(r.sealedKey, key, `report:${r.id}:handler-key`);
        title = decryptJson<ReportBody>(reportKey, r.content, `report:${r.id}:content`).title;
        wipe(reportKey);
      }
      return {
        id: r.id,
        reference: r.reference,
        category: r.category,
        status: r.status,
        outcome: r.outcome,
        submittedAt: r.submittedAt,
        awaitingHandler: r.awaitingHandler,
        assignedTo: r.assignedId ? { id: r.assignedId, name: r.assignedName ?? '' } : null,
        readable: r.sealedKey !== null,
        title,
        openProtection: r.openProtection,
      };
    },
  );
}
