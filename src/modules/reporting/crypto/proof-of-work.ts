import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Hashcash-style proof of work: the client finds a decimal nonce so that
 * SHA-256("<challenge>:<nonce>") starts with `difficulty` zero bits. A challenge is signed by the
 * server (no state until it is spent) and expires; the caller records it as spent.
 */
export const CHALLENGE_TTL_MS = 10 * 60_000;

export interface Challenge {
  challenge: string;
  difficulty: number;
  expiresAt: Date;
}

const mac = (key: Uint8Array, body: string) =>
  createHmac('sha256', key).update(body).digest('base64url').slice(0, 22);

export function issueChallenge(key: Uint8Array, difficulty: number, now = Date.now()): Challenge {
  const expires = now + CHALLENGE_TTL_MS;
  const body = `v1.${expires}.${difficulty}.${randomBytes(12).toString('base64url')}`;
  return { challenge: `${body}.${mac(key, body)}`, difficulty, expiresAt: new Date(expires) };
}

export const leadingZeroBits = (digest: Uint8Array): number => {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
};

export type ChallengeProblem = 'challenge_invalid' | 'challenge_expired' | 'work_insufficient';

/** Null when the solution holds; otherwise what is wrong with it. */
export function checkSolution(
  key: Uint8Array,
  challenge: string,
  nonce: string,
  now = Date.now(),
): ChallengeProblem | null {
  const parts = challenge.split('.');
  if (parts.length !== 5 || parts[0] !== 'v1' || !/^\d{1,16}$/.test(nonce))
    return 'challenge_invalid';
  const body = parts.slice(0, 4).join('.');
  const given = Buffer.from(parts[4]!);
  const expected = Buffer.from(mac(key, body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'challenge_invalid';
  if (Number(parts[1]) < now) return 'challenge_expired';
  const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
  return leadingZeroBits(digest) >= Number(parts[2]) ? null : 'work_insufficient';
}

/** What the spent-challenge table stores (the challenge itself is not needed afterwards). */
export const challengeDigest = (challenge: string) =>
  createHash('sha256').update(challenge).digest('hex');

/** Solves a challenge (tests, the benchmark, command-line clients). */
export function solveChallenge(challenge: string, difficulty: number): string {
  for (let n = 0; ; n++) {
    const digest = createHash('sha256').update(`${challenge}:${n}`).digest();
    if (leadingZeroBits(digest) >= difficulty) return String(n);
  }
}
