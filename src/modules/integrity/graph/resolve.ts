import { and, asc, gt, inArray, isNull, or } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { buildNameIndex, candidatesFor } from '../names/candidates.ts';
import { scorePair } from '../names/score.ts';
import type { PersonRecord } from '../names/types.ts';
import { personMatches, persons } from '../schema.ts';
import { mergeMatched } from './merge.ts';

interface Candidate extends PersonRecord {
  official: boolean;
}

/** Every person record still standing, read a page at a time (names, birth dates, PINs only). */
async function allRecords(db: Db): Promise<Candidate[]> {
  const out: Candidate[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .select({
        id: persons.id,
        fullName: persons.fullName,
        birthDate: persons.birthDate,
        pin: persons.pin,
        declarantId: persons.declarantId,
      })
      .from(persons)
      .where(and(isNull(persons.mergedInto), after ? gt(persons.id, after) : undefined))
      .orderBy(asc(persons.id))
      .limit(5000);
    for (const r of rows)
      out.push({
        id: r.id,
        fullName: r.fullName,
        birthDate: r.birthDate,
        pin: r.pin,
        official: r.declarantId !== null,
      });
    if (rows.length < 5000) return out;
    after = rows[rows.length - 1]!.id;
  }
}

export interface ResolutionResult {
  compared: number;
  merged: number;
  proposed: number;
}

/**
 * Entity resolution for person records without a shared PIN: the name index finds candidates
 * (names/candidates.ts), the scorer explains each pair (names/score.ts). A certain match between
 * records that may be one person is merged; an uncertain one becomes a proposal for a verifier.
 * Two records that both carry a PIN are already resolved by it, and two officials are never one.
 * `only` limits the run to pairs involving these persons (the incremental case).
 */
export async function resolvePersons(db: Db, only?: readonly string[]): Promise<ResolutionResult> {
  const records = await allRecords(db);
  const byId = new Map(records.map((r) => [r.id, r]));
  const index = buildNameIndex(records);
  const targets = only ? only.flatMap((id) => byId.get(id) ?? []) : records;
  const seen = new Set<string>();
  const result: ResolutionResult = { compared: 0, merged: 0, proposed: 0 };
  const decided = new Set(
    (
      await db
        .select({ a: personMatches.personId, b: personMatches.candidateId })
        .from(personMatches)
        .where(
          only && only.length > 0
            ? or(
                inArray(personMatches.personId, [...only]),
                inArray(personMatches.candidateId, [...only]),
              )
            : undefined,
        )
    ).map((m) => `${m.a}|${m.b}`),
  );
  const gone = new Set<string>();
  for (const target of targets) {
    if (gone.has(target.id)) continue;
    for (const id of candidatesFor(index, target)) {
      const other = byId.get(id);
      if (!other || gone.has(other.id)) continue;
      const [a, b] = target.id < other.id ? [target, other] : [other, target];
      const pair = `${a.id}|${b.id}`;
      if (seen.has(pair) || decided.has(pair)) continue;
      seen.add(pair);
      if (a.pin && b.pin) continue;
      if (a.official && b.official) continue;
      result.compared++;
      const score = scorePair(a, b);
      if (score.decision === 'none') continue;
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(personMatches)
          .values({
            personId: a.id,
            candidateId: b.id,
            score: score.score,
            reasons: score.reasons,
            state: score.decision === 'match' ? 'confirmed' : 'pending',
            decidedAt: score.decision === 'match' ? new Date() : null,
          })
          .onConflictDoNothing()
          .returning({ id: personMatches.id });
        if (!row) return;
        if (score.decision === 'match') {
          const merged = await mergeMatched(tx, a.id, b.id);
          await recordAudit(tx, SYSTEM_ACTOR, {
            action: 'person_match.confirmed',
            entityType: 'person_match',
            entityId: row.id,
            details: { score: score.score, merged },
          });
          gone.add(merged.duplicateId);
          result.merged++;
        } else result.proposed++;
      });
    }
  }
  return result;
}
