import { and, arrayOverlaps, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { categoryOf, HANDLER_ROLES } from '../config/categories.ts';
import { sealFor } from '../crypto/envelope.ts';
import { handlersOf } from '../read/bodies.ts';
import type { ReportRow } from '../read/report-view.ts';
import { type ReportOutcome, reportKeyHolders, reports } from '../schema.ts';

type HandlerActor = Actor & { id: string };

/** Who works a report: one of the body's handlers, or nobody yet. */
export async function assignReport(
  db: Db,
  row: ReportRow,
  actor: HandlerActor,
  userId: string | null,
) {
  if (userId) {
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, userId),
          eq(users.agencyId, row.bodyAgencyId),
          eq(users.active, true),
          arrayOverlaps(users.roles, [...HANDLER_ROLES]),
        ),
      );
    if (!user) throw new AppError(400, 'report_assignee_invalid', { userId });
  }
  await db.transaction(async (tx) => {
    await tx.update(reports).set({ assignedTo: userId }).where(eq(reports.id, row.id));
    await recordAudit(tx, actor, {
      action: 'report.assigned',
      entityType: 'report',
      entityId: row.id,
      details: { from: row.assignedTo, to: userId },
    });
  });
}

/**
 * Moves a report along: taken up (in progress) or closed with an outcome. Closing starts the
 * retention period of the report's category, at the end of which the report is destroyed.
 */
export async function setReportStatus(
  db: Db,
  row: ReportRow,
  actor: HandlerActor,
  input: { status: 'in_progress' | 'closed'; outcome?: ReportOutcome | undefined },
) {
  if (row.status === 'closed') throw new AppError(409, 'report_closed');
  if (input.status === 'closed' && !input.outcome)
    throw new AppError(400, 'validation_failed', { outcome: 'required to close a report' });
  if (input.status === 'in_progress' && input.outcome)
    throw new AppError(400, 'validation_failed', { outcome: 'only when closing' });
  const now = new Date();
  const retentionDays = categoryOf(row.category)?.retentionDays ?? 365;
  await db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({
        status: input.status,
        outcome: input.outcome ?? null,
        firstResponseAt: row.firstResponseAt ?? now,
        ...(input.status === 'closed'
          ? {
              closedAt: now,
              expiresAt: new Date(now.getTime() + retentionDays * 86_400_000),
              awaitingHandler: false,
            }
          : {}),
      })
      .where(eq(reports.id, row.id));
    await recordAudit(tx, actor, {
      action: input.status === 'closed' ? 'report.closed' : 'report.taken_up',
      entityType: 'report',
      entityId: row.id,
      details: { from: row.status, to: input.status, outcome: input.outcome ?? null },
    });
  });
}

/**
 * Hands a report to another competent body: the report key is sealed for the new body's
 * handlers and the old body's seals are removed, so the old body no longer reads it.
 */
export async function transferReport(
  db: Db,
  row: ReportRow,
  reportKey: Uint8Array,
  actor: HandlerActor,
  input: { agencyId: string; reason: string },
) {
  if (row.status === 'closed') throw new AppError(409, 'report_closed');
  if (input.agencyId === row.bodyAgencyId) throw new AppError(400, 'report_transfer_same_body');
  const [agency] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.id, input.agencyId));
  if (!agency) throw new AppError(400, 'invalid_reference', { agencyId: input.agencyId });
  const handlers = await handlersOf(db, input.agencyId);
  if (handlers.length === 0)
    throw new AppError(409, 'reporting_body_unavailable', { agencyId: input.agencyId });
  await db.transaction(async (tx) => {
    await tx
      .delete(reportKeyHolders)
      .where(and(eq(reportKeyHolders.reportId, row.id), eq(reportKeyHolders.grant, 'body')));
    await tx
      .insert(reportKeyHolders)
      .values(
        handlers.map((h) => ({
          reportId: row.id,
          userId: h.userId,
          sealedKey: sealFor(h.publicKey, reportKey),
          grant: 'body' as const,
        })),
      )
      .onConflictDoUpdate({
        target: [reportKeyHolders.reportId, reportKeyHolders.userId],
        set: { grant: 'body' },
      });
    await tx
      .update(reports)
      .set({
        bodyAgencyId: input.agencyId,
        assignedTo: null,
        awaitingHandler: true,
        firstResponseAt: row.firstResponseAt ?? new Date(),
      })
      .where(eq(reports.id, row.id));
    await recordAudit(tx, actor, {
      action: 'report.transferred',
      entityType: 'report',
      entityId: row.id,
      details: {
        from: row.bodyAgencyId,
        to: input.agencyId,
        reason: input.reason,
        sealedFor: handlers.map((h) => h.userId),
      },
    });
  });
}

/**
 * The body receives a report, not a list of people: when one of its handlers opens it, the report
 * key is sealed for colleagues who set up their key after the report arrived. Returns who was
 * added (audited by the caller's read entry).
 */
export async function sealForNewColleagues(
  db: Db,
  row: ReportRow,
  reportKey: Uint8Array,
): Promise<string[]> {
  const handlers = await handlersOf(db, row.bodyAgencyId);
  const held = new Set(
    (
      await db
        .select({ userId: reportKeyHolders.userId })
        .from(reportKeyHolders)
        .where(eq(reportKeyHolders.reportId, row.id))
    ).map((h) => h.userId),
  );
  const missing = handlers.filter((h) => !held.has(h.userId));
  if (missing.length === 0) return [];
  await db
    .insert(reportKeyHolders)
    .values(
      missing.map((h) => ({
        reportId: row.id,
        userId: h.userId,
        sealedKey: sealFor(h.publicKey, reportKey),
        grant: 'body' as const,
      })),
    )
    .onConflictDoNothing();
  return missing.map((h) => h.userId);
}
