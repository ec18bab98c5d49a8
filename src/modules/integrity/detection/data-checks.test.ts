import { describe, expect, it } from 'vitest';
import { detectConflicts } from './engine.ts';
import {
  dealing,
  edge,
  graph,
  o,
  organisation,
  p,
  person,
  settings,
  spouseCompanyStory,
} from './test-graph.ts';
import type { ConflictGraph, RelationEdge } from './types.ts';

const people = [person('O', true), person('A'), person('B'), person('C')];
const run = (relations: RelationEdge[], g: Partial<ConflictGraph> = {}) =>
  detectConflicts({ ...graph(people, relations), ...g }, { settings });
const rules = (found: ReturnType<typeof run>) => found.map((f) => f.rule);

describe('bad input becomes data findings, never a crash', () => {
  it('reports a self-relation and leaves it out of the rules', () => {
    const found = run([edge('x', 'family', p('O'), p('O'), { degree: 'spouse' })]);
    expect(found.map((f) => [f.rule, f.severity, f.officialId])).toEqual([
      ['self_relation', 'low', 'O'],
    ]);
  });

  it("reports two persons who are each other's parent as one kinship cycle", () => {
    const found = run([
      edge('1', 'family', p('O'), p('A'), { degree: 'parent' }),
      edge('2', 'family', p('A'), p('O'), { degree: 'parent', source: 'registry' }),
    ]);
    expect(rules(found)).toEqual(['kinship_cycle']);
    expect(found[0]!.path.map((s) => [s.edgeId, s.source])).toEqual([
      ['1', 'declaration'],
      ['2', 'registry'],
    ]);
  });

  it("reports a person's parent who is also their child (read through the inverse edge)", () => {
    const found = run([
      edge('1', 'family', p('O'), p('A'), { degree: 'parent' }),
      edge('2', 'family', p('O'), p('A'), { degree: 'child' }),
    ]);
    expect(rules(found)).toEqual(['kinship_cycle']);
  });

  it('reports a longer loop of ancestors, about the official tied to it', () => {
    const found = run([
      edge('f', 'family', p('O'), p('A'), { degree: 'spouse' }),
      edge('1', 'family', p('A'), p('B'), { degree: 'parent' }),
      edge('2', 'family', p('B'), p('C'), { degree: 'grandparent' }),
      edge('3', 'family', p('A'), p('C'), { degree: 'child' }),
    ]);
    const cycle = found.find((f) => f.rule === 'kinship_cycle');
    expect(cycle?.officialId).toBe('O');
    // Each step reads from a person up to their parent or grandparent, starting at the smallest id.
    expect(cycle!.path.map((s) => [s.edgeId, s.from.id, s.degree, s.to.id])).toEqual([
      ['1', 'A', 'parent', 'B'],
      ['2', 'B', 'grandparent', 'C'],
      ['3', 'C', 'parent', 'A'],
    ]);
  });

  it('reports a spouse from a declaration who is a sibling in a registry', () => {
    const found = run([
      edge('1', 'family', p('O'), p('A'), { degree: 'spouse' }),
      edge('2', 'family', p('A'), p('O'), { degree: 'sibling', source: 'registry' }),
    ]);
    const contradiction = found.find((f) => f.rule === 'contradicting_sources');
    expect(contradiction!.path.map((s) => s.source)).toEqual(['declaration', 'registry']);
  });

  it('takes the same degree from two sources, or a vague "other", as agreement', () => {
    expect(
      run([
        edge('1', 'family', p('O'), p('A'), { degree: 'child' }),
        edge('2', 'family', p('A'), p('O'), { degree: 'parent', source: 'registry' }),
        edge('3', 'family', p('A'), p('O'), { degree: 'other' }),
      ]),
    ).toEqual([]);
  });

  it('skips and reports edges and dealings naming unknown nodes, and still finds the rest', () => {
    const s = spouseCompanyStory();
    const found = detectConflicts(
      graph(
        s.nodes,
        [...s.relations, edge('ghost', 'family', p('O'), p('nobody'), { degree: 'child' })],
        [...s.dealings, dealing('K2', 'no such body', o('C'), { decidedByPersonId: 'O' })],
      ),
      { settings },
    );
    expect(rules(found).sort()).toEqual([
      'agency_deals_with_related_party',
      'unknown_reference',
      'unknown_reference',
    ]);
  });

  it('reports edges whose kind does not fit their ends', () => {
    const found = detectConflicts(
      graph(
        [person('O', true), organisation('M', 'state_body')],
        [
          edge('1', 'family', p('O'), o('M'), { degree: 'spouse' }),
          edge('2', 'employment', o('M'), p('O')),
          edge('3', 'bribery' as RelationEdge['kind'], p('O'), o('M')),
        ],
      ),
      { settings },
    );
    expect(rules(found)).toEqual(['invalid_edge', 'invalid_edge', 'invalid_edge']);
  });

  it('survives edges, dealings and settings that are not what the types promise', () => {
    const junk = [
      null,
      {},
      { id: 'a' },
      { id: 'b', kind: 'family', from: { type: 'person' }, to: p('O') },
      { id: 'c', kind: 'family', from: p('O'), to: p('A'), degree: 42, validFrom: 7 },
    ] as unknown as RelationEdge[];
    const dealings = [
      null,
      { id: 'd' },
      { id: 'e', organisationId: 5, counterparty: 'x' },
    ] as never;
    expect(() => run(junk, { dealings })).not.toThrow();
    expect(() =>
      detectConflicts(graph(people, junk), { settings: {} as typeof settings }),
    ).not.toThrow();
  });
});
