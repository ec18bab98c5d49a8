import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from './engine.ts';
import { settings } from './test-graph.ts';
import type { ConflictGraph, Dealing, NodeRef, RelationEdge } from './types.ts';
import { FAMILY_DEGREES, RELATION_KINDS } from './types.ts';

// A few ids so that random edges often meet: cycles, self-relations, shared companies.
const PERSONS = ['p1', 'p2', 'p3', 'p4', 'p5'];
const ORGS = ['m1', 'm2', 'c1', 'c2'];
const day = fc.option(
  fc.constantFrom('2019-01-01', '2021-06-30', '2024-05-01', '2026-01-01', '', 'not a date'),
);
const ref: fc.Arbitrary<NodeRef> = fc.oneof(
  fc.constantFrom(...PERSONS, 'ghost').map((id) => ({ type: 'person' as const, id })),
  fc.constantFrom(...ORGS, 'nowhere').map((id) => ({ type: 'organisation' as const, id })),
);
const person = fc.constantFrom(...PERSONS).map((id) => ({ type: 'person' as const, id }));
const org = fc.constantFrom(...ORGS).map((id) => ({ type: 'organisation' as const, id }));
/** Mostly edges whose ends fit their kind (so the rules fire), sometimes anything at all. */
const ends = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('family', 'friendship', 'association', 'subordination'),
      from: person,
      to: person,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('employment', 'director', 'founder', 'owner'),
      from: person,
      to: org,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom(...RELATION_KINDS), from: ref, to: ref }),
  },
);
const relationBody = fc.record({
  ends,
  degree: fc.option(fc.constantFrom(...FAMILY_DEGREES, 'cousin')),
  head: fc.boolean(),
  validFrom: day,
  validUntil: day,
  source: fc.constantFrom('declaration', 'registry'),
  sourceRef: fc.string(),
});
const dealingBody = fc.record({
  kind: fc.constantFrom('contract', 'funding', 'decision'),
  organisationId: fc.constantFrom(...ORGS, 'nowhere'),
  decidedByPersonId: fc.option(fc.constantFrom(...PERSONS)),
  counterparty: fc.oneof(person, org, ref),
  date: fc.constantFrom('2019-01-01', '2024-05-01', ''),
});

/** Random graphs; `unique` gives every edge its own id, as a database does. */
const aGraph = (unique: boolean) =>
  fc
    .record({
      official: fc.array(fc.boolean(), { minLength: PERSONS.length, maxLength: PERSONS.length }),
      kinds: fc.array(fc.constantFrom('state_body', 'state_organisation', 'company'), {
        minLength: ORGS.length,
        maxLength: ORGS.length,
      }),
      relations: fc.array(relationBody, { maxLength: 30 }),
      dealings: fc.array(dealingBody, { maxLength: 8 }),
      ids: fc.array(fc.constantFrom('e1', 'e2', 'e3'), { minLength: 40, maxLength: 40 }),
    })
    .map(
      ({ official, kinds, relations, dealings, ids }): ConflictGraph => ({
        persons: new Map(PERSONS.map((id, i) => [id, { id, name: id, official: official[i]! }])),
        organisations: new Map(
          ORGS.map((id, i) => [id, { id, name: id, kind: kinds[i] as 'company' }]),
        ),
        relations: relations.map(
          ({ ends, ...r }, i) =>
            ({ ...r, ...ends, id: unique ? `r${i}` : ids[i]! }) as RelationEdge,
        ),
        dealings: dealings.map(
          (d, i) => ({ ...d, id: `d${i}`, title: 't', source: 's', reference: `x${i}` }) as Dealing,
        ),
      }),
    );

const withAssociations = { ...settings, includeAssociations: true };

describe('detectConflicts on arbitrary graphs', () => {
  it('never throws, and every finding is about a judged official or explains bad data', () => {
    fc.assert(
      fc.property(aGraph(false), fc.boolean(), (g, associations) => {
        const found = detectConflicts(g, {
          settings: associations ? withAssociations : settings,
        });
        for (const f of found) {
          expect(g.persons.get(f.officialId)?.official).toBe(true);
          expect(f.path.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same findings and keys whatever order the edges come in', () => {
    fc.assert(
      fc.property(aGraph(true), fc.integer(), (g, seed) => {
        const shuffled: ConflictGraph = {
          ...g,
          relations: shuffle(g.relations, seed),
          dealings: shuffle(g.dealings, seed + 1),
        };
        const a = detectConflicts(g, { settings: withAssociations });
        const b = detectConflicts(shuffled, { settings: withAssociations });
        expect(b).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });

  it('finds for one official in an incremental run exactly what the full run finds for them', () => {
    fc.assert(
      fc.property(aGraph(true), fc.constantFrom(...PERSONS), (g, id) => {
        const full = detectConflicts(g, { settings }).filter(
          (f) => f.officialId === id && !f.rule.match(/cycle|sources|relation|reference|edge/),
        );
        const one = detectConflicts(g, { officials: [id], settings }).filter(
          (f) => !f.rule.match(/cycle|sources|relation|reference|edge/),
        );
        expect(one).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed | 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
