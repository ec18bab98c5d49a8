import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import {
  conflictCases,
  conflictFindings,
  dealings,
  personMatches,
  persons,
  relations,
} from '../schema.ts';

type Person = typeof persons.$inferSelect;

/**
 * Which record stays: the official's (their declarant record anchors the graph), else the one
 * with a PIN, else the older one. The duplicate is folded into it.
 */
export function survivorFirst(a: Person, b: Person): [Person, Person] {
  const rank = (p: Person) => (p.declarantId ? 2 : 0) + (p.pin ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? [a, b] : [b, a];
  return a.createdAt <= b.createdAt ? [a, b] : [b, a];
}

/** Merges two records found to be one person, the survivor chosen by `survivorFirst`. */
export async function mergeMatched(
  db: Db,
  aId: string,
  bId: string,
): Promise<{ survivorId: string; duplicateId: string }> {
  const pair = await db
    .select()
    .from(persons)
    .where(or(eq(persons.id, aId), eq(persons.id, bId)));
  const a = pair.find((p) => p.id === aId);
  const b = pair.find((p) => p.id === bId);
  if (!a || !b) throw new AppError(404, 'not_found');
  const [survivor, duplicate] = survivorFirst(a, b);
  await mergePersons(db, survivor.id, duplicate.id);
  return { survivorId: survivor.id, duplicateId: duplicate.id };
}

/**
 * Folds a duplicate person record into the survivor after a human confirmed they are one person:
 * every edge, dealing, finding and case moves to the survivor; the duplicate stays, marked
 * `merged_into`, so the decision can be traced. Two officials, or two different PINs, are never
 * one person: refused.
 */
export async function mergePersons(db: Db, survivorId: string, duplicateId: string): Promise<void> {
  if (survivorId === duplicateId)
    throw new AppError(409, 'merge_refused', { reason: 'same_record' });
  const rows = await db
    .select()
    .from(persons)
    .where(or(eq(persons.id, survivorId), eq(persons.id, duplicateId)));
  const survivor = rows.find((p) => p.id === survivorId);
  const duplicate = rows.find((p) => p.id === duplicateId);
  if (!survivor || !duplicate) throw new AppError(404, 'not_found');
  if (survivor.mergedInto || duplicate.mergedInto)
    throw new AppError(409, 'merge_refused', { reason: 'already_merged' });
  if (survivor.declarantId && duplicate.declarantId)
    throw new AppError(409, 'merge_refused', { reason: 'two_officials' });
  if (survivor.pin && duplicate.pin && survivor.pin !== duplicate.pin)
    throw new AppError(409, 'merge_refused', { reason: 'different_pins' });

  await db
    .update(persons)
    .set({ mergedInto: survivorId, declarantId: null, updatedAt: new Date() })
    .where(eq(persons.id, duplicateId));
  await db
    .update(persons)
    .set({
      pin: survivor.pin ?? duplicate.pin,
      birthDate: survivor.birthDate ?? duplicate.birthDate,
      declarantId: survivor.declarantId ?? duplicate.declarantId,
      updatedAt: new Date(),
    })
    .where(eq(persons.id, survivorId));

  // An edge between the two records would become a self-relation: it goes.
  await db
    .delete(relations)
    .where(
      or(
        and(eq(relations.fromPersonId, duplicateId), eq(relations.toPersonId, survivorId)),
        and(eq(relations.fromPersonId, survivorId), eq(relations.toPersonId, duplicateId)),
      ),
    );
  await db
    .update(relations)
    .set({ fromPersonId: survivorId })
    .where(eq(relations.fromPersonId, duplicateId));
  await db
    .update(relations)
    .set({ toPersonId: survivorId })
    .where(eq(relations.toPersonId, duplicateId));
  await db
    .update(dealings)
    .set({ decidedByPersonId: survivorId })
    .where(eq(dealings.decidedByPersonId, duplicateId));
  await db
    .update(dealings)
    .set({ counterpartyPersonId: survivorId })
    .where(eq(dealings.counterpartyPersonId, duplicateId));
  await db
    .update(conflictFindings)
    .set({ officialPersonId: survivorId })
    .where(eq(conflictFindings.officialPersonId, duplicateId));
  await db
    .update(conflictCases)
    .set({ officialPersonId: survivorId })
    .where(eq(conflictCases.officialPersonId, duplicateId));
  // Other open proposals about the duplicate are moot: it no longer stands on its own.
  await db
    .update(personMatches)
    .set({ state: 'rejected', decidedAt: new Date() })
    .where(
      and(
        eq(personMatches.state, 'pending'),
        or(eq(personMatches.personId, duplicateId), eq(personMatches.candidateId, duplicateId)),
        sql`NOT (${personMatches.personId} = ${survivorId} OR ${personMatches.candidateId} = ${survivorId})`,
      ),
    );
}
