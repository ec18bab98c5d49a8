import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;

export const MIN_PASSWORD_LENGTH = 10;

/** argon2id through libsodium (crypto_pwhash_str), at libsodium's interactive limits (64 MiB, t=2). */
export function hashPassword(password: string): string {
  return sodium.crypto_pwhash_str(
    password,
    sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE,
    sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE,
  );
}

export function verifyPassword(hash: string, password: string): boolean {
  try {
    return sodium.crypto_pwhash_str_verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Spent on unknown usernames too, so that response time does not tell which usernames exist.
 */
export const DUMMY_HASH = hashPassword('not-a-real-account-password');

export function isAcceptablePassword(password: string, username: string): boolean {
  return (
    password.length >= MIN_PASSWORD_LENGTH &&
    password.length <= 200 &&
    password.toLowerCase() !== username.toLowerCase()
  );
}
