import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { LocalizedText } from '../i18n/language.ts';
import { agencies } from '../reference/schema.ts';
import { accountColumns } from './account-columns.ts';
import { ROLES, type Role } from './roles.ts';
import { sessions, users } from './schema.ts';

export const SESSION_COOKIE = 'akniet_session';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  agencyName: LocalizedText | null;
}

export interface ActiveSession {
  sessionId: string;
  csrfToken: string;
  user: SessionUser;
}

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  userId: string,
  hours: number,
  ip: string | null,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db.insert(sessions).values({ id: tokenId(token), userId, csrfToken, expiresAt, ip });
  return { token, csrfToken, expiresAt };
}

/** The session behind a cookie token, if it is live and its account is still active. */
export async function findSession(db: Db, token: string): Promise<ActiveSession | null> {
  if (!token || token.length > 100) return null;
  const id = tokenId(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      user: accountColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  const roles = row.user.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  return { sessionId: id, csrfToken: row.csrfToken, user: { ...row.user, roles } };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
