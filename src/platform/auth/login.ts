import { eq, sql } from 'drizzle-orm';
import { type Actor, recordAudit, recordAuditNow } from '../audit/service.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { users } from './schema.ts';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * Checks a username and password. Every outcome is audited; failures count towards a lockout.
 * Returns the account id on success; throws 401 (wrong), 423 (locked) or 403 (deactivated).
 */
export async function checkLogin(
  db: Db,
  input: { username: string; password: string; ip: string | null },
): Promise<string> {
  const username = input.username.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  const actor: Actor = { id: user?.id ?? null, name: username, ip: input.ip };
  const now = new Date();

  if (!user) {
    verifyPassword(DUMMY_HASH, input.password); // same cost as a real check
    await recordAuditNow(db, actor, {
      action: 'login.failed',
      entityType: 'user',
      details: { username, reason: 'unknown_user' },
    });
    throw new AppError(401, 'invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAuditNow(db, actor, {
      action: 'login.refused',
      entityType: 'user',
      entityId: user.id,
      details: { reason: 'locked', lockedUntil: user.lockedUntil },
    });
    throw new AppError(423, 'account_locked', { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!verifyPassword(user.passwordHash, input.password)) {
    const failures = user.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    const lockedUntil = lock ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          failedLogins: lock ? 0 : sql`${users.failedLogins} + 1`,
          lockedUntil,
          updatedAt: now,
        })
        .where(eq(users.id, user.id));
      await recordAudit(tx, actor, {
        action: lock ? 'account.locked' : 'login.failed',
        entityType: 'user',
        entityId: user.id,
        details: { reason: 'wrong_password', failures, lockedUntil },
      });
    });
    if (lock)
      throw new AppError(423, 'account_locked', { lockedUntil: lockedUntil?.toISOString() });
    throw new AppError(401, 'invalid_credentials');
  }
  if (!user.active) {
    await recordAuditNow(db, actor, {
      action: 'login.refused',
      entityType: 'user',
      entityId: user.id,
      details: { reason: 'inactive' },
    });
    throw new AppError(403, 'account_inactive');
  }
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actor, {
      action: 'login.succeeded',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return user.id;
}
