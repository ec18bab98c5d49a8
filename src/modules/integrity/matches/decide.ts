import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { mergeMatched } from '../graph/merge.ts';
import { personMatches } from '../schema.ts';

export const MATCH_DECISIONS = ['confirm', 'reject'] as const;
export type MatchDecisionInput = (typeof MATCH_DECISIONS)[number];

/**
 * A verifier's decision on an uncertain match, once. Confirming merges the two records into one
 * person (graph/merge.ts), in the same transaction as the decision and its audit record.
 */
export async function decideMatch(
  db: Db,
  actor: Actor & { id: string },
  id: string,
  decision: MatchDecisionInput,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [match] = await tx
      .select()
      .from(personMatches)
      .where(eq(personMatches.id, id))
      .for('update');
    if (!match) throw notFound();
    if (match.state !== 'pending') {
      throw new AppError(409, 'transition_refused', { state: match.state, allowed: ['pending'] });
    }
    let merged: { survivorId: string; duplicateId: string } | null = null;
    if (decision === 'confirm') {
      merged = await mergeMatched(tx, match.personId, match.candidateId);
    }
    await tx
      .update(personMatches)
      .set({
        state: decision === 'confirm' ? 'confirmed' : 'rejected',
        decidedBy: actor.id,
        decidedAt: now,
      })
      .where(eq(personMatches.id, id));
    await recordAudit(tx, actor, {
      action: decision === 'confirm' ? 'person_match.confirmed' : 'person_match.rejected',
      entityType: 'person_match',
      entityId: id,
      details: {
        score: match.score,
        personId: match.personId,
        candidateId: match.candidateId,
        merged,
      },
    });
    return { state: decision === 'confirm' ? 'confirmed' : 'rejected', merged };
  });
}
