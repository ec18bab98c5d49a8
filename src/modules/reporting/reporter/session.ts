import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { wipe } from '../crypto/envelope.ts';
import { normaliseReceipt, reporterKeysOf } from '../crypto/receipt.ts';
import { spendChallenge } from '../intake/challenge.ts';
import { REPORTER_ACTOR } from '../intake/reporter-actor.ts';
import { keySessionOf, openKeySession } from '../keys/key-sessions.ts';
import { type ReportRow, reportKeyForReporter, reportRow } from '../read/report-view.ts';
import { reports } from '../schema.ts';

/** A reporter's visit lasts this long; after it, the receipt is typed again. */
export const REPORTER_SESSION_MINUTES = 30;

export async function signInWithReceipt(
  db: Db,
  input: { receipt: string; challenge: string; receiptSalt: Uint8Array },
) {
  // Spent first and for good: one solved challenge buys one guess, right or wrong.
  await spendChallenge(db, input.challenge);
  const receipt = normaliseReceipt(input.receipt);
  // Same answer for a malformed and a wrong receipt: the form of the input tells nothing.
  if (!receipt) throw new AppError(401, 'receipt_not_recognised');
  const keys = await reporterKeysOf(receipt, input.receiptSalt);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(eq(reports.receiptLookup, keys.lookup));
    if (!row) throw new AppError(401, 'receipt_not_recognised');
    const session = await openKeySession(
      tx,
      { kind: 'reporter', reportId: row.id },
      keys.keyPair,
      REPORTER_SESSION_MINUTES,
    );
    wipe(keys.keyPair.secretKey);
    await recordAudit(tx, REPORTER_ACTOR, {
      action: 'report.reporter_returned',
      entityType: 'report',
      entityId: row.id,
    });
    return session;
  });
}

export interface ReporterContext {
  row: ReportRow;
  reportKey: Uint8Array;
  publicKey: Uint8Array;
}

/** The reporter behind the x-reporter-token header, with their report key open. */
export async function reporterContext(db: Db, token: string | undefined): Promise<ReporterContext> {
  const session = await keySessionOf(db, token, 'reporter');
  if (!session?.reportId) throw new AppError(401, 'reporter_session_expired');
  const row = await reportRow(db, session.reportId);
  const reportKey = reportKeyForReporter(row, session.keyPair);
  wipe(session.keyPair.secretKey);
  return { row, reportKey, publicKey: session.keyPair.publicKey };
}
