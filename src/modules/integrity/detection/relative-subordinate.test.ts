import { describe, expect, it } from 'vitest';
import { detectConflicts } from './engine.ts';
import { edge, graph, o, organisation, p, person, settings } from './test-graph.ts';

const nodes = [
  person('O', true),
  person('R'),
  organisation('M', 'state_body'),
  organisation('C', 'company'),
];
const run = (relations: Parameters<typeof graph>[1]) =>
  detectConflicts(graph(nodes, relations), { settings });

describe('relative_subordinate', () => {
  it("finds a son who is the official's direct subordinate", () => {
    const found = run([
      edge('f', 'family', p('R'), p('O'), { degree: 'parent' }),
      edge('s', 'subordination', p('R'), p('O'), {
        validFrom: '2023-01-01',
        source: 'appointment',
      }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'relative_subordinate',
      severity: 'high',
      officialId: 'O',
    });
    expect(found[0]!.path.map((s) => [s.from.id, s.kind, s.degree ?? null, s.to.id])).toEqual([
      ['O', 'family', 'child', 'R'],
      ['R', 'subordination', null, 'O'],
    ]);
  });

  it('does not read subordination backwards: the official under a relative is not this rule', () => {
    const found = run([
      edge('f', 'family', p('O'), p('R'), { degree: 'sibling' }),
      edge('s', 'subordination', p('O'), p('R')),
    ]);
    expect(found).toEqual([]);
  });

  it('needs the family tie and the subordination to overlap in time', () => {
    const found = run([
      edge('f', 'family', p('O'), p('R'), { degree: 'spouse', validFrom: '2024-01-01' }),
      edge('s', 'subordination', p('R'), p('O'), {
        validFrom: '2020-01-01',
        validUntil: '2022-12-31',
      }),
    ]);
    expect(found).toEqual([]);
  });

  it('finds a spouse employed by the state body the official heads, while both held', () => {
    const found = run([
      edge('f', 'family', p('O'), p('R'), { degree: 'spouse' }),
      edge('w', 'employment', p('R'), o('M'), { validFrom: '2022-01-01', role: 'accountant' }),
      edge('h', 'employment', p('O'), o('M'), { head: true, validFrom: '2021-01-01' }),
    ]);
    expect(found.map((f) => f.path.map((s) => s.edgeId))).toEqual([['f', 'w', 'h']]);
  });

  it('does not find it when the posts never overlapped, the official does not head, or it starts after asOf', () => {
    const cases = [
      [
        edge('w', 'employment', p('R'), o('M'), { validUntil: '2020-12-31' }),
        edge('h', 'employment', p('O'), o('M'), { head: true, validFrom: '2021-01-01' }),
      ],
      [edge('w', 'employment', p('R'), o('M')), edge('h', 'employment', p('O'), o('M'))],
      [
        edge('w', 'employment', p('R'), o('M'), { validFrom: '2025-09-01' }),
        edge('h', 'employment', p('O'), o('M'), { head: true }),
      ],
    ];
    for (const posts of cases) {
      expect(run([edge('f', 'family', p('O'), p('R'), { degree: 'spouse' }), ...posts])).toEqual(
        [],
      );
    }
  });

  it("leaves a relative's job in a company the official runs to other rules", () => {
    const found = run([
      edge('f', 'family', p('O'), p('R'), { degree: 'spouse' }),
      edge('w', 'employment', p('R'), o('C')),
      edge('h', 'employment', p('O'), o('C'), { head: true }),
    ]);
    expect(found.filter((f) => f.rule === 'relative_subordinate')).toEqual([]);
  });
});
