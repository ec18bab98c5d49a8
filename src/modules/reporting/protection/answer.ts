import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { bishkekDay } from '../../../platform/bishkek-time.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { encryptJson } from '../crypto/envelope.ts';
import type { ProtectionAnswer } from '../read/report-view.ts';
import {
  type ProtectionOutcome,
  protectionRequests,
  reportKeyHolders,
  reports,
} from '../schema.ts';

const dayMs = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/** The prosecutor's queue: open requests by deadline (overdue first), answered ones after. */
export async function protectionQueue(
  db: Db,
  userId: string,
  query: { status?: 'open' | 'answered' | undefined; page: number; pageSize: number },
) {
  const where: SQL[] = [];
  if (query.status) where.push(eq(protectionRequests.status, query.status));
  const condition = where.length ? and(...where) : undefined;
  const today = bishkekDay(new Date());
  return fetchPage(
    query,
    (limit, offset) =>
      db
        .select({
          id: protectionRequests.id,
          reportId: protectionRequests.reportId,
          reference: reports.reference,
          kind: protectionRequests.kind,
          openedBy: protectionRequests.openedBy,
          openedAt: protectionRequests.openedAt,
          deadline: protectionRequests.deadline,
          status: protectionRequests.status,
          outcome: protectionRequests.outcome,
          answeredAt: protectionRequests.answeredAt,
          readable: reportKeyHolders.userId,
        })
        .from(protectionRequests)
        .innerJoin(reports, eq(reports.id, protectionRequests.reportId))
        .leftJoin(
          reportKeyHolders,
          and(
            eq(reportKeyHolders.reportId, protectionRequests.reportId),
            eq(reportKeyHolders.userId, userId),
          ),
        )
        .where(condition)
        .orderBy(asc(protectionRequests.status), asc(protectionRequests.deadline))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(protectionRequests).where(condition),
    (r) => {
      const daysLeft = daysBetween(today, r.deadline);
      return {
        id: r.id,
        reportId: r.reportId,
        reference: r.reference,
        kind: r.kind,
        openedBy: r.openedBy,
        openedAt: r.openedAt,
        deadline: r.deadline,
        status: r.status,
        outcome: r.outcome,
        answeredAt: r.answeredAt,
        daysLeft: r.status === 'open' ? daysLeft : null,
        overdue: r.status === 'open' && daysLeft < 0,
        readable: r.readable !== null,
      };
    },
  );
}

/** The prosecutor's answer: the outcome in the clear (for statistics), the text encrypted. */
export async function answerProtection(
  db: Db,
  requestId: string,
  reportKey: Uint8Array,
  actor: Actor & { id: string },
  input: { outcome: ProtectionOutcome; text: string },
) {
  const [request] = await db
    .select()
    .from(protectionRequests)
    .where(eq(protectionRequests.id, requestId));
  if (!request) throw new AppError(404, 'not_found', { protectionRequest: requestId });
  if (request.status !== 'open') throw new AppError(409, 'protection_already_answered');
  const answer: ProtectionAnswer = { text: input.text };
  const answeredAt = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(protectionRequests)
      .set({
        status: 'answered',
        outcome: input.outcome,
        response: encryptJson(reportKey, answer, `protection:${requestId}:answer`),
        answeredAt,
        answeredBy: actor.id,
      })
      .where(eq(protectionRequests.id, requestId));
    await recordAudit(tx, actor, {
      action: 'protection.answered',
      entityType: 'protection_request',
      entityId: requestId,
      details: {
        reportId: request.reportId,
        outcome: input.outcome,
        deadline: request.deadline,
        onTime: bishkekDay(answeredAt) <= request.deadline,
      },
    });
  });
}

export async function protectionRequestRow(db: Db, requestId: string) {
  const [request] = await db
    .select()
    .from(protectionRequests)
    .where(eq(protectionRequests.id, requestId));
  if (!request) throw new AppError(404, 'not_found', { protectionRequest: requestId });
  return request;
}
