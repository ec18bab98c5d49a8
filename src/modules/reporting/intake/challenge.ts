import { lt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { CHALLENGE_TTL_MS, challengeDigest, checkSolution } from '../crypto/proof-of-work.ts';
import { spentChallenges } from '../schema.ts';

export interface Solution {
  challenge: string;
  nonce: string;
}

/** Checks a proof of work (before any costly work is done for the caller). */
export function requireWork(key: Uint8Array, solution: Solution): void {
  const problem = checkSolution(key, solution.challenge, solution.nonce);
  if (problem) throw new AppError(problem === 'challenge_expired' ? 409 : 400, problem);
}

/**
 * Marks the challenge spent, before any costly work (argon2id, metadata removal) is done for it,
 * so that one solution cannot be replayed in parallel; a second use is refused.
 */
export async function spendChallenge(tx: Db, challenge: string): Promise<void> {
  const spent = await tx
    .insert(spentChallenges)
    .values({
      digest: challengeDigest(challenge),
      expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
    })
    .onConflictDoNothing()
    .returning({ digest: spentChallenges.digest });
  if (spent.length === 0) throw new AppError(409, 'challenge_spent');
}

export async function purgeSpentChallenges(db: Db): Promise<void> {
  await db.delete(spentChallenges).where(lt(spentChallenges.expiresAt, new Date()));
}
