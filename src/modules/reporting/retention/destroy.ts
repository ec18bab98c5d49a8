import { and, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { purgeSpentChallenges } from '../intake/challenge.ts';
import { purgeExpiredKeySessions } from '../keys/key-sessions.ts';
import {
  destroyedReports,
  identityKeyHolders,
  reportingKeySessions,
  reportKeyHolders,
  reports,
} from '../schema.ts';

/**
 * Destroys reports whose retention ended. Crypto-shredding first: every sealed copy of the report
 * key (handlers', reporter's) goes in the same transaction as the ciphertexts, so a backup or a
 * dead row left in the table files opens nothing; then VACUUM lets PostgreSQL reuse the space.
 * A tally row without content keeps the public statistics whole.
 */
export async function destroyExpiredReports(db: Db, now = new Date()): Promise<number> {
  const due = await db
    .select()
    .from(reports)
    .where(and(isNotNull(reports.expiresAt), lt(reports.expiresAt, now)))
    .limit(500);
  if (due.length === 0) return 0;
  const ids = due.map((r) => r.id);
  await db.transaction(async (tx) => {
    await tx.delete(reportKeyHolders).where(inArray(reportKeyHolders.reportId, ids));
    await tx.delete(identityKeyHolders).where(inArray(identityKeyHolders.reportId, ids));
    await tx.delete(reportingKeySessions).where(inArray(reportingKeySessions.reportId, ids));
    await tx.insert(destroyedReports).values(
      due.map((r) => ({
        category: r.category,
        bodyAgencyId: r.bodyAgencyId,
        outcome: r.outcome,
        submittedMonth: `${r.submittedAt.toISOString().slice(0, 7)}-01`,
        firstResponseHours: r.firstResponseAt
          ? Math.round((r.firstResponseAt.getTime() - r.submittedAt.getTime()) / 3_600_000)
          : null,
      })),
    );
    // Attachments, messages, identity, protection and reward rows go with the report (cascade).
    await tx.delete(reports).where(inArray(reports.id, ids));
    for (const r of due) {
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'report.destroyed',
        entityType: 'report',
        entityId: r.id,
        details: { category: r.category, closedAt: r.closedAt, expiresAt: r.expiresAt },
      });
    }
  });
  await db.execute(
    sql`VACUUM reports, report_attachments, report_messages, report_identities, report_key_holders, identity_key_holders, protection_requests`,
  );
  return due.length;
}

export const REPORTING_HOUSEKEEPING_JOB = 'reporting.housekeeping';

/** Hourly: expired reports destroyed, expired key sessions and spent challenges forgotten. */
export async function reportingHousekeeping(db: Db) {
  const destroyed = await destroyExpiredReports(db);
  const sessions = await purgeExpiredKeySessions(db);
  await purgeSpentChallenges(db);
  return { destroyed, sessions };
}
