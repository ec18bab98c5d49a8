import { and, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { legalEntities, persons, relations } from '../schema.ts';

/** Ties that make a judge's impartiality doubtful (employment by the party alone is enough too). */
const TIE_KINDS = ['family', 'owner', 'director', 'employment', 'friendship'] as const;

export interface JudgeConflict {
  judgeId: string;
  party: string;
  /** How the judge is tied to the party, e.g. ["spouse", "owner"]: for the court's record. */
  path: string[];
}

type Node = { person?: string; organisation?: string };
type Edge = { from: Node; to: Node; label: string };

/** Ties of the given people in force today, in both directions. */
async function tiesOf(db: Db, people: readonly string[]): Promise<Edge[]> {
  if (people.length === 0) return [];
  const rows = await db
    .select({
      kind: relations.kind,
      degree: relations.degree,
      fromPerson: relations.fromPersonId,
      toPerson: relations.toPersonId,
      toOrganisation: relations.toOrganisationId,
    })
    .from(relations)
    .where(
      and(
        inArray(relations.kind, [...TIE_KINDS]),
        or(
          inArray(relations.fromPersonId, [...people]),
          inArray(relations.toPersonId, [...people]),
        ),
        sql`(${relations.validUntil} IS NULL OR ${relations.validUntil} >= current_date)`,
      ),
    );
  const edges: Edge[] = [];
  for (const r of rows) {
    const label = r.kind === 'family' ? (r.degree ?? 'relative') : r.kind;
    if (r.fromPerson && r.toPerson) {
      edges.push({ from: { person: r.fromPerson }, to: { person: r.toPerson }, label });
      edges.push({ from: { person: r.toPerson }, to: { person: r.fromPerson }, label });
    } else if (r.fromPerson && r.toOrganisation)
      edges.push({ from: { person: r.fromPerson }, to: { organisation: r.toOrganisation }, label });
  }
  return edges;
}

/**
 * Judges tied to a party of a case in the relations graph: the party themselves is the judge's
 * relative or friend, or a company the judge or a relative owns, directs or works for. Parties
 * are found by their PIN or INN only; a name alone is too weak to recuse a judge.
 */
export async function conflictsWithParties(
  db: Db,
  judges: ReadonlyArray<{ id: string; pin: string | null }>,
  parties: ReadonlyArray<{ name: string; identifier?: string | undefined }>,
): Promise<JudgeConflict[]> {
  const identifiers = parties.flatMap((p) => (p.identifier ? [p.identifier] : []));
  const pins = judges.flatMap((j) => (j.pin ? [j.pin] : []));
  if (identifiers.length === 0 || pins.length === 0) return [];
  const partyNodes = new Map<string, string>();
  const [partyPeople, partyOrgs, judgePeople] = await Promise.all([
    db
      .select({ id: persons.id, pin: persons.pin })
      .from(persons)
      .where(and(inArray(persons.pin, identifiers), isNull(persons.mergedInto))),
    db
      .select({ id: legalEntities.id, number: legalEntities.registrationNumber })
      .from(legalEntities)
      .where(inArray(legalEntities.registrationNumber, identifiers)),
    db
      .select({ id: persons.id, pin: persons.pin })
      .from(persons)
      .where(and(inArray(persons.pin, pins), isNull(persons.mergedInto))),
  ]);
  const nameOf = (identifier: string | null) =>
    parties.find((p) => p.identifier === identifier)?.name ?? identifier ?? '';
  for (const p of partyPeople) partyNodes.set(`p:${p.id}`, nameOf(p.pin));
  for (const o of partyOrgs) partyNodes.set(`o:${o.id}`, nameOf(o.number));
  if (partyNodes.size === 0) return [];

  const key = (n: Node) => (n.person ? `p:${n.person}` : `o:${n.organisation}`);
  const found: JudgeConflict[] = [];
  for (const judge of judges) {
    const person = judgePeople.find((p) => p.pin === judge.pin && judge.pin);
    if (!person) continue;
    const first = await tiesOf(db, [person.id]);
    const relatives = first.filter((e) => e.to.person).map((e) => e.to.person as string);
    const second = await tiesOf(db, relatives);
    const paths: Array<{ node: string; path: string[] }> = [
      ...first.map((e) => ({ node: key(e.to), path: [e.label] })),
      ...second
        .filter((e) => e.to.person !== person.id)
        .map((e) => ({
          node: key(e.to),
          path: [first.find((f) => f.to.person === e.from.person)?.label ?? 'relative', e.label],
        })),
    ];
    const seen = new Set<string>();
    for (const { node, path } of paths) {
      const party = partyNodes.get(node);
      if (!party || seen.has(node)) continue;
      seen.add(node);
      found.push({ judgeId: judge.id, party, path });
    }
    if (partyNodes.has(`p:${person.id}`))
      found.push({ judgeId: judge.id, party: partyNodes.get(`p:${person.id}`)!, path: ['self'] });
  }
  return found;
}
