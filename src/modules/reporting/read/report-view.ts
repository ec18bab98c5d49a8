import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { decrypt, decryptJson, type KeyPair, openSealed } from '../crypto/envelope.ts';
import type { AttachmentDescription, ReportBody } from '../intake/content.ts';
import {
  protectionRequests,
  reportAttachments,
  reportIdentities,
  reportMessages,
  reports,
  rewardDecisions,
} from '../schema.ts';

export type ReportRow = typeof reports.$inferSelect;

export async function reportRow(db: Db, id: string): Promise<ReportRow> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  if (!row) throw new AppError(404, 'not_found', { report: id });
  return row;
}

/** The report key, opened by the reporter's receipt key pair. */
export const reportKeyForReporter = (row: ReportRow, pair: KeyPair) =>
  openSealed(row.reporterSealedKey, pair, `report:${row.id}:reporter-key`);

export interface ProtectionDetails {
  details: string;
  occurredOn: string | null;
}

export interface ProtectionAnswer {
  text: string;
}

/** What both the reporter and the handler see of a report (decrypted with the report key). */
export async function reportView(db: Db, row: ReportRow, reportKey: Uint8Array) {
  const [body] = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, row.bodyAgencyId));
  const files = await db
    .select()
    .from(reportAttachments)
    .where(eq(reportAttachments.reportId, row.id))
    .orderBy(asc(reportAttachments.position));
  const messages = await db
    .select()
    .from(reportMessages)
    .where(eq(reportMessages.reportId, row.id))
    .orderBy(asc(reportMessages.createdAt));
  const protection = await db
    .select()
    .from(protectionRequests)
    .where(eq(protectionRequests.reportId, row.id))
    .orderBy(asc(protectionRequests.openedAt));
  const [reward] = await db
    .select()
    .from(rewardDecisions)
    .where(eq(rewardDecisions.reportId, row.id));
  const [identity] = await db
    .select({ reportId: reportIdentities.reportId })
    .from(reportIdentities)
    .where(eq(reportIdentities.reportId, row.id));
  return {
    id: row.id,
    reference: row.reference,
    category: row.category,
    body: { agencyId: row.bodyAgencyId, name: body?.name ?? null },
    status: row.status,
    outcome: row.outcome,
    submittedAt: row.submittedAt,
    closedAt: row.closedAt,
    content: decryptJson<ReportBody>(reportKey, row.content, `report:${row.id}:content`),
    attachments: files.map((f) => {
      const fileKey = decrypt(reportKey, f.sealedKey, `attachment:${f.id}:key`);
      const d = decryptJson<AttachmentDescription>(
        fileKey,
        f.description,
        `attachment:${f.id}:description`,
      );
      return { id: f.id, ...d };
    }),
    messages: messages.map((m) => ({
      id: m.id,
      author: m.author,
      text: new TextDecoder().decode(decrypt(reportKey, m.body, `message:${m.id}`)),
      at: m.createdAt,
    })),
    identity: { disclosed: identity !== undefined },
    protection: protection.map((p) => ({
      id: p.id,
      kind: p.kind,
      openedBy: p.openedBy,
      openedAt: p.openedAt,
      deadline: p.deadline,
      status: p.status,
      ...decryptJson<ProtectionDetails>(reportKey, p.details, `protection:${p.id}:details`),
      outcome: p.outcome,
      answeredAt: p.answeredAt,
      answer: p.response
        ? decryptJson<ProtectionAnswer>(reportKey, p.response, `protection:${p.id}:answer`).text
        : null,
    })),
    reward: reward
      ? {
          eligible: reward.eligible,
          amountSom: reward.amountSom,
          paymentDue: reward.paymentDue,
          paidOn: reward.paidOn,
          status: !reward.eligible ? 'not_eligible' : reward.paidOn ? 'paid' : 'pending',
        }
      : null,
  };
}
export type ReportView = Awaited<ReturnType<typeof reportView>>;

/** One attachment's bytes and description. */
export async function attachmentOf(
  db: Db,
  row: ReportRow,
  reportKey: Uint8Array,
  attachmentId: string,
) {
  const [f] = await db
    .select()
    .from(reportAttachments)
    .where(eq(reportAttachments.id, attachmentId));
  if (!f || f.reportId !== row.id)
    throw new AppError(404, 'not_found', { attachment: attachmentId });
  const fileKey = decrypt(reportKey, f.sealedKey, `attachment:${f.id}:key`);
  const d = decryptJson<AttachmentDescription>(
    fileKey,
    f.description,
    `attachment:${f.id}:description`,
  );
  return { ...d, bytes: decrypt(fileKey, f.content, `attachment:${f.id}:content`) };
}
