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

const run = (g: ReturnType<typeof graph>, more: Partial<typeof settings> = {}) =>
  detectConflicts(g, { settings: { ...settings, ...more } });

describe('agency_deals_with_related_party', () => {
  it("finds the official's agency contracting with the spouse's company, with every edge's source", () => {
    const s = spouseCompanyStory();
    const [f, ...rest] = run(graph(s.nodes, s.relations, s.dealings));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'agency_deals_with_related_party',
      severity: 'medium',
      officialId: 'O',
    });
    expect(
      f!.path.map((step) => [step.from.id, step.kind, step.to.id, step.edgeId, step.source]),
    ).toEqual([
      ['O', 'family', 'S', 'e-spouse', 'declaration'],
      ['S', 'director', 'C', 'e-director', 'registry'],
      ['C', 'contract', 'M', 'K', 'procurement'],
      ['O', 'employment', 'M', 'e-work', 'appointment'],
    ]);
    expect(f!.path[0]).toMatchObject({ degree: 'spouse', from: { name: 'Name of O' } });
    expect(f!.path[2]).toMatchObject({
      title: 'Contract K',
      amountTyiyn: 100_000_00,
      date: '2024-05-01',
    });
  });

  it('is high when the official heads the agency', () => {
    const s = spouseCompanyStory({ head: true });
    expect(run(graph(s.nodes, s.relations, s.dealings))[0]!.severity).toBe('high');
  });

  it('reads a family edge stored from the relative, with the degree inverted', () => {
    const s = spouseCompanyStory();
    const relations = s.relations.map((e) =>
      e.id === 'e-spouse' ? edge('e-spouse', 'family', p('S'), p('O'), { degree: 'parent' }) : e,
    );
    const [f] = run(graph(s.nodes, relations, s.dealings));
    // The stored edge says O is S's parent: read from O, S is O's child.
    expect(f!.path[0]).toMatchObject({ from: { id: 'O' }, to: { id: 'S' }, degree: 'child' });
  });

  it('needs the company role on the date of the contract', () => {
    for (const dates of [
      { validFrom: '2024-06-01' },
      { validFrom: '2010-01-01', validUntil: '2024-04-30' },
    ]) {
      const s = spouseCompanyStory();
      const relations = s.relations.map((e) => (e.id === 'e-director' ? { ...e, ...dates } : e));
      expect(run(graph(s.nodes, relations, s.dealings))).toEqual([]);
    }
  });

  it('needs the official at the agency on the date of the contract', () => {
    const s = spouseCompanyStory();
    const relations = s.relations.map((e) =>
      e.id === 'e-work' ? { ...e, validFrom: '2024-05-02' } : e,
    );
    expect(run(graph(s.nodes, relations, s.dealings))).toEqual([]);
  });

  it('needs the marriage on the date of the contract', () => {
    const s = spouseCompanyStory();
    const relations = s.relations.map((e) =>
      e.id === 'e-spouse' ? { ...e, validUntil: '2023-12-31' } : e,
    );
    expect(run(graph(s.nodes, relations, s.dealings))).toEqual([]);
  });

  it('ignores relatives outside the close degrees', () => {
    const s = spouseCompanyStory();
    const relations = s.relations.map((e) =>
      e.id === 'e-spouse' ? { ...e, degree: 'other' as const } : e,
    );
    expect(run(graph(s.nodes, relations, s.dealings))).toEqual([]);
  });

  it('finds funding paid to a relative in person', () => {
    const s = spouseCompanyStory();
    const [f] = run(graph(s.nodes, s.relations, [dealing('G', 'M', p('S'), { kind: 'funding' })]));
    expect(f!.path.map((step) => step.edgeId)).toEqual(['e-spouse', 'G', 'e-work']);
    expect(f!.path[1]).toMatchObject({ kind: 'funding', from: { id: 'S' }, to: { id: 'M' } });
  });

  it("finds the official's own company, with no family step", () => {
    const s = spouseCompanyStory();
    const relations = [
      ...s.relations,
      edge('e-own', 'owner', p('O'), o('C'), { sharePercent: 60 }),
    ];
    const found = run(graph(s.nodes, relations, s.dealings));
    const own = found.find((f) => f.path[0]!.edgeId === 'e-own');
    expect(own!.path.map((step) => step.edgeId)).toEqual(['e-own', 'K', 'e-work']);
    expect(own!.path[0]!.sharePercent).toBe(60);
    expect(found).toHaveLength(2);
  });

  it('gives one finding per relative, and one per relative however many roles they hold', () => {
    const s = spouseCompanyStory();
    const nodes = [...s.nodes, person('D')];
    const relations = [
      ...s.relations,
      edge('e-founder', 'founder', p('S'), o('C')),
      edge('e-daughter', 'family', p('O'), p('D'), { degree: 'child' }),
      edge('e-d-owner', 'owner', p('D'), o('C'), { sharePercent: 20 }),
    ];
    const found = run(graph(nodes, relations, s.dealings));
    expect(found.map((f) => f.path.slice(0, 2).map((step) => step.edgeId)).sort()).toEqual([
      ['e-daughter', 'e-d-owner'],
      ['e-spouse', 'e-director'],
    ]);
  });

  it('follows declared associations only when the settings say so, at low severity', () => {
    const s = spouseCompanyStory();
    const relations = s.relations.map((e) =>
      e.id === 'e-spouse'
        ? edge('e-friend', 'friendship', p('S'), p('O'), { source: 'interest_declaration' })
        : e,
    );
    const g = graph(s.nodes, relations, s.dealings);
    expect(run(g)).toEqual([]);
    const [f] = run(g, { includeAssociations: true });
    expect(f).toMatchObject({ rule: 'agency_deals_with_related_party', severity: 'low' });
    expect(f!.path[0]).toMatchObject({ kind: 'friendship', from: { id: 'O' }, to: { id: 'S' } });
  });

  it('judges only the officials asked for in an incremental run', () => {
    const s = spouseCompanyStory();
    const g = graph(s.nodes, s.relations, s.dealings);
    expect(detectConflicts(g, { officials: ['someone else'], settings })).toEqual([]);
    expect(detectConflicts(g, { officials: ['O'], settings })).toHaveLength(1);
    // A person not marked official is never judged, even when asked for.
    expect(detectConflicts(g, { officials: ['S'], settings })).toEqual([]);
  });
});

describe('decided_related_party', () => {
  it('replaces the agency finding when the official decided the dealing themselves', () => {
    const s = spouseCompanyStory({ decidedBy: 'O' });
    const found = run(graph(s.nodes, s.relations, s.dealings));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['decided_related_party', 'high']]);
    expect(found[0]!.path.map((step) => step.edgeId)).toEqual(['e-spouse', 'e-director', 'K']);
  });

  it('holds even when the official does not work at the deciding organisation', () => {
    const s = spouseCompanyStory({ decidedBy: 'O' });
    const nodes = [...s.nodes, organisation('X', 'state_body')];
    const dealings = [dealing('K2', 'X', o('C'), { kind: 'decision', decidedByPersonId: 'O' })];
    const found = run(graph(nodes, s.relations, dealings));
    expect(found.map((f) => f.rule)).toEqual(['decided_related_party']);
  });

  it('keeps the same key on a re-run and a different key for a different rule', () => {
    const s = spouseCompanyStory({ decidedBy: 'O' });
    const g = graph(s.nodes, s.relations, s.dealings);
    const again = graph(s.nodes, [...s.relations].reverse(), s.dealings);
    expect(run(g)[0]!.key).toBe(run(again)[0]!.key);
    const agency = spouseCompanyStory();
    expect(run(graph(agency.nodes, agency.relations, agency.dealings))[0]!.key).not.toBe(
      run(g)[0]!.key,
    );
  });
});
