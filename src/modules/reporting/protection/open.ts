import { randomUUID } from 'node:crypto';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { bishkekDay } from '../../../platform/bishkek-time.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { encryptJson, sealFor } from '../crypto/envelope.ts';
import { tellProtectionRequested } from '../notices/tell.ts';
import { protectionProsecutors } from '../read/bodies.ts';
import type { ProtectionDetails, ReportRow } from '../read/report-view.ts';
import { type ProtectionKind, protectionRequests, reportKeyHolders } from '../schema.ts';
import { addWorkingDays, PROTECTION_RESPONSE_WORKING_DAYS } from './deadline.ts';

export const PROTECTION_KINDS = [
  'dismissal',
  'demotion',
  'transfer',
  'harassment',
  'other',
] as const;

/**
 * A request to protect the reporter from retaliation (Plan item 12: protection from unlawful
 * dismissal and other violations of rights, and the prosecutor's response). The details are
 * encrypted under the report key, which is sealed for the Prosecutor General's Office's
 * prosecutors so they can read the report the request is about.
 */
export async function openProtection(
  db: Db,
  row: ReportRow,
  reportKey: Uint8Array,
  input: { kind: ProtectionKind; details: string; occurredOn?: string | undefined },
  by:
    | { openedBy: 'reporter'; actor: Actor }
    | { openedBy: 'handler'; actor: Actor & { id: string } },
) {
  const prosecutors = await protectionProsecutors(db);
  if (prosecutors.length === 0)
    throw new AppError(409, 'reporting_body_unavailable', { body: 'prosecutor-general' });
  const id = randomUUID();
  const openedAt = new Date();
  const deadline = addWorkingDays(bishkekDay(openedAt), PROTECTION_RESPONSE_WORKING_DAYS);
  const details: ProtectionDetails = {
    details: input.details,
    occurredOn: input.occurredOn ?? null,
  };
  await db.transaction(async (tx) => {
    await tx.insert(protectionRequests).values({
      id,
      reportId: row.id,
      openedBy: by.openedBy,
      kind: input.kind,
      details: encryptJson(reportKey, details, `protection:${id}:details`),
      openedAt,
      deadline,
    });
    await tx
      .insert(reportKeyHolders)
      .values(
        prosecutors.map((p) => ({
          reportId: row.id,
          userId: p.userId,
          sealedKey: sealFor(p.publicKey, reportKey),
          grant: 'protection' as const,
        })),
      )
      .onConflictDoNothing();
    await tellProtectionRequested(
      tx,
      id,
      row.reference,
      deadline,
      prosecutors.map((p) => p.userId),
    );
    await recordAudit(tx, by.actor, {
      action: 'protection.requested',
      entityType: 'protection_request',
      entityId: id,
      details: { reportId: row.id, kind: input.kind, openedBy: by.openedBy, deadline },
    });
  });
  return { id, deadline, openedAt };
}
