import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { type KeyPair, openSealed } from '../crypto/envelope.ts';
import { keySessionOf } from '../keys/key-sessions.ts';
import type { ReportRow } from '../read/report-view.ts';
import { reportKeyHolders } from '../schema.ts';

/** The cookie that carries a handler's key-session token (only to /api/reporting). */
export const KEY_COOKIE = 'akniet_reporting_key';
export const KEY_COOKIE_PATH = '/api/reporting';

/** The signed-in holder's unlocked key pair; 423 when it is locked (or unlocked by someone else). */
export async function unlockedKey(db: Db, request: FastifyRequest): Promise<KeyPair> {
  const session = await keySessionOf(db, request.cookies[KEY_COOKIE], 'handler');
  if (!session || session.userId !== request.auth?.user.id)
    throw new AppError(423, 'reporting_key_locked');
  return session.keyPair;
}

export async function isUnlocked(db: Db, request: FastifyRequest): Promise<boolean> {
  const session = await keySessionOf(db, request.cookies[KEY_COOKIE], 'handler');
  return session !== null && session.userId === request.auth?.user.id;
}

/** The report key sealed for this holder, if it is. */
export async function sealedKeyOf(db: Db, reportId: string, userId: string) {
  const [row] = await db
    .select({ sealedKey: reportKeyHolders.sealedKey, grant: reportKeyHolders.grant })
    .from(reportKeyHolders)
    .where(and(eq(reportKeyHolders.reportId, reportId), eq(reportKeyHolders.userId, userId)));
  return row ?? null;
}

/**
 * The report key for a handler: the body's handlers and, for reports with a protection request,
 * the prosecutors hold it. Anyone else gets 404 (the report's existence is not confirmed).
 */
export async function reportKeyForHandler(
  db: Db,
  row: ReportRow,
  user: SessionUser,
  pair: KeyPair,
) {
  const sealed = await sealedKeyOf(db, row.id, user.id);
  if (!sealed) {
    if (row.bodyAgencyId === user.agencyId) throw new AppError(403, 'report_not_sealed_for_you');
    throw new AppError(404, 'not_found', { report: row.id });
  }
  return {
    reportKey: openSealed(sealed.sealedKey, pair, `report:${row.id}:handler-key`),
    grant: sealed.grant,
  };
}
