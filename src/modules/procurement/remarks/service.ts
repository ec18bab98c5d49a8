import { and, arrayOverlaps, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/service.ts';
import { linkBuyer } from '../buyers/link.ts';
import { procurementProcesses, tenderRemarks } from '../schema.ts';

export type RemarkKind = 'comment' | 'concern';

/**
 * Who answers for a process: the platform agency of its buyer. The link is made once (by INN, or
 * by the agency's name) and kept on the process.
 */
export async function buyerAgencyOf(db: Db, ocid: string): Promise<string | null> {
  const [process] = await db
    .select({
      buyerId: procurementProcesses.buyerId,
      buyerName: procurementProcesses.buyerName,
      agencyId: procurementProcesses.buyerAgencyId,
    })
    .from(procurementProcesses)
    .where(eq(procurementProcesses.ocid, ocid));
  if (!process) throw notFound({ tender: ocid });
  if (process.agencyId) return process.agencyId;
  return process.buyerId ? linkBuyer(db, process.buyerId, process.buyerName) : null;
}

const remarkColumns = {
  id: tenderRemarks.id,
  ocid: tenderRemarks.ocid,
  kind: tenderRemarks.kind,
  body: tenderRemarks.body,
  author: users.displayName,
  answer: tenderRemarks.answer,
  answeredAt: tenderRemarks.answeredAt,
  createdAt: tenderRemarks.createdAt,
};

type RemarkRow = {
  id: string;
  ocid: string;
  kind: string;
  body: string;
  author: string;
  answer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
};

const toRemarkView = (row: RemarkRow) => ({
  ...row,
  answeredAt: row.answeredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** The comments and concerns on a tender, oldest first (public: monitoring is public). */
export async function remarksOf(db: Db, ocid: string) {
  const rows = await db
    .select(remarkColumns)
    .from(tenderRemarks)
    .innerJoin(users, eq(users.id, tenderRemarks.authorId))
    .where(eq(tenderRemarks.ocid, ocid))
    .orderBy(asc(tenderRemarks.createdAt), asc(tenderRemarks.id));
  return rows.map(toRemarkView);
}

/**
 * A civic monitor's comment or concern. A concern is sent to the buyer's officers, who must
 * answer it; a buyer that is not on the platform cannot be asked, so a concern is refused there.
 */
export async function addRemark(
  db: Db,
  actor: Actor & { id: string },
  ocid: string,
  input: { kind: RemarkKind; body: string },
) {
  const agencyId = await buyerAgencyOf(db, ocid);
  if (input.kind === 'concern' && !agencyId) {
    throw new AppError(409, 'buyer_not_on_platform', { tender: ocid });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(tenderRemarks)
      .values({ ocid, kind: input.kind, body: input.body, authorId: actor.id })
      .returning({ id: tenderRemarks.id });
    await recordAudit(tx, actor, {
      action: `procurement.${input.kind}`,
      entityType: 'tender',
      entityId: ocid,
      details: { remark: row!.id },
    });
    if (input.kind === 'concern' && agencyId) {
      const answerers = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.agencyId, agencyId),
            arrayOverlaps(users.roles, ['officer', 'agency_head']),
            eq(users.active, true),
          ),
        );
      await notify(
        tx,
        answerers.map((u) => ({
          userId: u.id,
          kind: 'procurement.concern',
          title: {
            ky: 'Жаран сатып алуу боюнча кооптонуусун билдирди: жооп бериңиз',
            ru: 'Гражданин выразил обеспокоенность по закупке: дайте ответ',
            en: 'A citizen raised a concern about a tender: please answer',
          },
          link: `/procurement/tenders/${encodeURIComponent(ocid)}`,
          dedupeKey: `procurement.concern:${row!.id}:${u.id}`,
        })),
      );
    }
    return row!.id;
  });
}

/** The buyer's answer to a concern: only an officer or the head of the buyer's agency gives it, once. */
export async function answerConcern(
  db: Db,
  user: SessionUser,
  actor: Actor & { id: string },
  remarkId: string,
  answer: string,
) {
  const [remark] = await db.select().from(tenderRemarks).where(eq(tenderRemarks.id, remarkId));
  if (!remark) throw notFound({ remark: remarkId });
  if (remark.kind !== 'concern') throw new AppError(409, 'not_a_concern');
  const agencyId = await buyerAgencyOf(db, remark.ocid);
  if (!agencyId || agencyId !== user.agencyId) throw new AppError(403, 'not_the_buyer');
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(tenderRemarks)
      .set({ answer, answeredBy: actor.id, answeredAt: new Date() })
      .where(and(eq(tenderRemarks.id, remarkId), isNull(tenderRemarks.answer)))
      .returning({ authorId: tenderRemarks.authorId });
    if (updated.length === 0) throw new AppError(409, 'concern_already_answered');
    await recordAudit(tx, actor, {
      action: 'procurement.concern.answer',
      entityType: 'tender',
      entityId: remark.ocid,
      details: { remark: remarkId },
    });
    await notify(tx, [
      {
        userId: updated[0]!.authorId,
        kind: 'procurement.concern.answered',
        title: {
          ky: 'Сатып алуучу сиздин кооптонууңузга жооп берди',
          ru: 'Заказчик ответил на вашу обеспокоенность',
          en: 'The buyer answered your concern',
        },
        link: `/procurement/tenders/${encodeURIComponent(remark.ocid)}`,
        dedupeKey: `procurement.concern.answered:${remarkId}`,
      },
    ]);
  });
}

/** Concerns the caller's agency must answer (or has answered), unanswered first. */
export async function concernsForAgency(
  db: Db,
  agencyId: string,
  query: { state: 'open' | 'answered' | 'all' } & PageRequest,
) {
  const where = and(
    eq(tenderRemarks.kind, 'concern'),
    eq(procurementProcesses.buyerAgencyId, agencyId),
    query.state === 'open'
      ? isNull(tenderRemarks.answer)
      : query.state === 'answered'
        ? isNotNull(tenderRemarks.answer)
        : undefined,
  );
  return fetchPage(
    query,
    (limit, offset) =>
      db
        .select({ ...remarkColumns, title: procurementProcesses.title })
        .from(tenderRemarks)
        .innerJoin(users, eq(users.id, tenderRemarks.authorId))
        .innerJoin(procurementProcesses, eq(procurementProcesses.ocid, tenderRemarks.ocid))
        .where(where)
        .orderBy(sql`${tenderRemarks.answer} IS NULL DESC`, desc(tenderRemarks.createdAt))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(tenderRemarks)
        .innerJoin(procurementProcesses, eq(procurementProcesses.ocid, tenderRemarks.ocid))
        .where(where),
    (row) => ({ ...toRemarkView(row), title: row.title }),
  );
}
