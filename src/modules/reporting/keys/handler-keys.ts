import { eq } from 'drizzle-orm';
import { verifyPassword } from '../../../platform/auth/password.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { argon2id } from '../crypto/argon2.ts';
import {
  DecryptionFailed,
  decrypt,
  encrypt,
  type KeyPair,
  newKeyPair,
  randomBytes,
  wipe,
} from '../crypto/envelope.ts';
import {
  newReceipt as newRandomCode,
  normaliseReceipt as normaliseCode,
} from '../crypto/receipt.ts';
import { reportingKeys } from '../schema.ts';

/**
 * A handler's (or custodian's) key pair. The secret key is stored twice, sealed under
 * argon2id(account password) and under argon2id(recovery code); the recovery code is shown once
 * and lets the holder back in after an administrator resets a forgotten password.
 */
const context = (userId: string, by: 'password' | 'recovery') => `handler-key:${userId}:${by}`;

async function seal(
  secret: string,
  secretKey: Uint8Array,
  userId: string,
  by: 'password' | 'recovery',
) {
  const salt = randomBytes(16);
  const key = await argon2id(secret, salt, 32, 'password');
  const sealed = encrypt(key, secretKey, context(userId, by));
  wipe(key);
  return { salt, sealed };
}

async function open(
  secret: string,
  salt: Uint8Array,
  sealed: Uint8Array,
  userId: string,
  by: 'password' | 'recovery',
) {
  const key = await argon2id(secret, salt, 32, 'password');
  try {
    return decrypt(key, sealed, context(userId, by));
  } finally {
    wipe(key);
  }
}

async function checkAccountPassword(db: Db, userId: string, password: string) {
  const [user] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || !verifyPassword(user.hash, password)) throw new AppError(401, 'invalid_credentials');
}

export async function keyStatus(db: Db, userId: string) {
  const [row] = await db
    .select({ publicKey: reportingKeys.publicKey, createdAt: reportingKeys.createdAt })
    .from(reportingKeys)
    .where(eq(reportingKeys.userId, userId));
  return row ?? null;
}

async function storeKey(db: Db, userId: string, pair: KeyPair, password: string) {
  const recoveryCode = newRandomCode();
  const byPassword = await seal(password, pair.secretKey, userId, 'password');
  const byRecovery = await seal(recoveryCode, pair.secretKey, userId, 'recovery');
  const values = {
    publicKey: pair.publicKey,
    sealedByPassword: byPassword.sealed,
    passwordSalt: byPassword.salt,
    sealedByRecovery: byRecovery.sealed,
    recoverySalt: byRecovery.salt,
    updatedAt: new Date(),
  };
  await db
    .insert(reportingKeys)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: reportingKeys.userId, set: values });
  return recoveryCode;
}

/** Creates the holder's key pair; returns the recovery code, which is not kept anywhere. */
export async function setUpKey(db: Db, userId: string, password: string): Promise<string> {
  await checkAccountPassword(db, userId, password);
  if (await keyStatus(db, userId)) throw new AppError(409, 'reporting_key_exists');
  const pair = newKeyPair();
  const code = await storeKey(db, userId, pair, password);
  wipe(pair.secretKey);
  return code;
}

/** The key pair, opened with the account password. */
export async function openKey(db: Db, userId: string, password: string): Promise<KeyPair> {
  await checkAccountPassword(db, userId, password);
  const [row] = await db.select().from(reportingKeys).where(eq(reportingKeys.userId, userId));
  if (!row) throw new AppError(409, 'reporting_key_missing');
  try {
    const secretKey = await open(
      password,
      row.passwordSalt,
      row.sealedByPassword,
      userId,
      'password',
    );
    return { publicKey: row.publicKey, secretKey };
  } catch (err) {
    // The account password changed without the key (an administrator's reset): recovery code.
    if (err instanceof DecryptionFailed) throw new AppError(409, 'reporting_key_needs_recovery');
    throw err;
  }
}

/**
 * Opens the key with the recovery code and seals it again under the current account password and
 * a new recovery code (the old one stops working).
 */
export async function recoverKey(
  db: Db,
  userId: string,
  input: { recoveryCode: string; password: string },
): Promise<string> {
  await checkAccountPassword(db, userId, input.password);
  const code = normaliseCode(input.recoveryCode);
  const [row] = await db.select().from(reportingKeys).where(eq(reportingKeys.userId, userId));
  if (!row) throw new AppError(409, 'reporting_key_missing');
  if (!code) throw new AppError(400, 'recovery_code_invalid');
  let secretKey: Uint8Array;
  try {
    secretKey = await open(code, row.recoverySalt, row.sealedByRecovery, userId, 'recovery');
  } catch (err) {
    if (err instanceof DecryptionFailed) throw new AppError(400, 'recovery_code_invalid');
    throw err;
  }
  const next = await storeKey(db, userId, { publicKey: row.publicKey, secretKey }, input.password);
  wipe(secretKey);
  return next;
}

/**
 * Called in the transaction that changes an account's own password: the key is sealed again
 * under the new password, so the holder keeps working without the recovery code.
 */
export async function resealForNewPassword(
  tx: Db,
  userId: string,
  change: { oldPassword: string; newPassword: string },
): Promise<void> {
  const [row] = await tx.select().from(reportingKeys).where(eq(reportingKeys.userId, userId));
  if (!row) return;
  let secretKey: Uint8Array;
  try {
    secretKey = await open(
      change.oldPassword,
      row.passwordSalt,
      row.sealedByPassword,
      userId,
      'password',
    );
  } catch (err) {
    // Already out of step with the password (a reset before): recovery stays the way back.
    if (err instanceof DecryptionFailed) return;
    throw err;
  }
  const byPassword = await seal(change.newPassword, secretKey, userId, 'password');
  wipe(secretKey);
  await tx
    .update(reportingKeys)
    .set({
      sealedByPassword: byPassword.sealed,
      passwordSalt: byPassword.salt,
      updatedAt: new Date(),
    })
    .where(eq(reportingKeys.userId, userId));
}
