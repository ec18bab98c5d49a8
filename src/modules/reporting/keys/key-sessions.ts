import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { decrypt, derive, encrypt, type KeyPair, wipe } from '../crypto/envelope.ts';
import { reportingKeySessions } from '../schema.ts';

/**
 * A secret key held open for a while. The server keeps it only sealed under a key derived from a
 * random token that it hands to the caller and does not store (it stores the token's SHA-256 to
 * find the row), so neither the database nor a copy of it opens a key session.
 */
export type KeySessionOwner =
  | { kind: 'handler'; userId: string }
  | { kind: 'reporter'; reportId: string };

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');
const sealingKeyOf = (token: string) =>
  derive(32, 'akniet/reporting/key-session/v1', Buffer.from(token, 'utf8'));

export async function openKeySession(
  db: Db,
  owner: KeySessionOwner,
  keyPair: KeyPair,
  minutes: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = idOf(token);
  const expiresAt = new Date(Date.now() + minutes * 60_000);
  const material = new Uint8Array(64);
  material.set(keyPair.secretKey);
  material.set(keyPair.publicKey, 32);
  const sealingKey = sealingKeyOf(token);
  await db.insert(reportingKeySessions).values({
    id,
    kind: owner.kind,
    userId: owner.kind === 'handler' ? owner.userId : null,
    reportId: owner.kind === 'reporter' ? owner.reportId : null,
    sealedSecretKey: encrypt(sealingKey, material, `key-session:${id}`),
    expiresAt,
  });
  wipe(material, sealingKey);
  return { token, expiresAt };
}

export interface OpenedKeySession {
  id: string;
  keyPair: KeyPair;
  userId: string | null;
  reportId: string | null;
  expiresAt: Date;
}

/** The key pair behind a token, if the session is live; null otherwise. */
export async function keySessionOf(
  db: Db,
  token: string | undefined,
  kind: KeySessionOwner['kind'],
): Promise<OpenedKeySession | null> {
  if (!token || token.length > 100) return null;
  const id = idOf(token);
  const [row] = await db
    .select()
    .from(reportingKeySessions)
    .where(
      and(
        eq(reportingKeySessions.id, id),
        eq(reportingKeySessions.kind, kind),
        gt(reportingKeySessions.expiresAt, new Date()),
      ),
    );
  if (!row) return null;
  const sealingKey = sealingKeyOf(token);
  const material = decrypt(sealingKey, row.sealedSecretKey, `key-session:${id}`);
  wipe(sealingKey);
  return {
    id,
    keyPair: { secretKey: material.slice(0, 32), publicKey: material.slice(32) },
    userId: row.userId,
    reportId: row.reportId,
    expiresAt: row.expiresAt,
  };
}

export async function closeKeySession(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  await db.delete(reportingKeySessions).where(eq(reportingKeySessions.id, idOf(token)));
}

export async function closeKeySessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(reportingKeySessions).where(eq(reportingKeySessions.userId, userId));
}

export async function purgeExpiredKeySessions(db: Db): Promise<number> {
  const gone = await db
    .delete(reportingKeySessions)
    .where(lt(reportingKeySessions.expiresAt, new Date()))
    .returning({ id: reportingKeySessions.id });
  return gone.length;
}
