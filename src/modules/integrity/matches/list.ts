import { asc, count, desc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { personMatches, persons, relations } from '../schema.ts';

export const MATCH_STATES = ['pending', 'confirmed', 'rejected'] as const;
export type MatchState = (typeof MATCH_STATES)[number];

const candidate = alias(persons, 'candidate');

type Person = typeof persons.$inferSelect;

/** Where each person's edges came from (declaration, registry...), so the reviewer sees who says so. */
async function sourcesOf(db: Db, ids: readonly string[]) {
  const out = new Map<string, Set<string>>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectDistinct({
      from: relations.fromPersonId,
      to: relations.toPersonId,
      source: relations.source,
    })
    .from(relations)
    .where(or(inArray(relations.fromPersonId, [...ids]), inArray(relations.toPersonId, [...ids])));
  for (const r of rows) {
    for (const id of [r.from, r.to]) {
      if (id && ids.includes(id)) out.set(id, (out.get(id) ?? new Set()).add(r.source));
    }
  }
  return out;
}

const side = (p: Person, sources: Map<string, Set<string>>) => ({
  id: p.id,
  fullName: p.fullName,
  birthDate: p.birthDate,
  // Whether a PIN is known tells the reviewer how firm the record is; the PIN itself is not shown.
  pinKnown: p.pin !== null,
  official: p.declarantId !== null,
  mergedInto: p.mergedInto,
  sources: [...(sources.get(p.id) ?? [])].sort(),
});

/** Uncertain matches for a human to confirm or reject, the most likely first, with the score's reasons. */
export async function listMatches(db: Db, filter: { state: MatchState }, page: PageRequest) {
  const where = eq(personMatches.state, filter.state);
  const list = await fetchPage(
    page,
    (limit, offset) =>
      db
        .select({ match: personMatches, person: persons, candidate })
        .from(personMatches)
        .innerJoin(persons, eq(persons.id, personMatches.personId))
        .innerJoin(candidate, eq(candidate.id, personMatches.candidateId))
        .where(where)
        .orderBy(desc(personMatches.score), asc(personMatches.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(personMatches).where(where),
    (row) => row,
  );
  const sources = await sourcesOf(
    db,
    list.items.flatMap((r) => [r.person.id, r.candidate.id]),
  );
  return {
    ...list,
    items: list.items.map(({ match, person, candidate: other }) => ({
      id: match.id,
      state: match.state,
      score: match.score,
      reasons: match.reasons,
      person: side(person, sources),
      candidate: side(other, sources),
      createdAt: match.createdAt.toISOString(),
      decidedAt: match.decidedAt?.toISOString() ?? null,
    })),
  };
}
