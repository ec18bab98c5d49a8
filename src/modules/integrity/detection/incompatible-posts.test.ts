import { describe, expect, it } from 'vitest';
import { detectConflicts } from './engine.ts';
import { edge, graph, o, organisation, p, person, settings } from './test-graph.ts';

const nodes = [
  person('O', true),
  organisation('M', 'state_body'),
  organisation('N', 'state_body'),
  organisation('E', 'state_organisation'),
  organisation('C', 'company'),
];
const run = (relations: Parameters<typeof graph>[1]) =>
  detectConflicts(graph(nodes, relations), { settings });

describe('incompatible_posts', () => {
  it('finds a state post held while directing a company', () => {
    const found = run([
      edge('w', 'employment', p('O'), o('E'), { validFrom: '2021-01-01' }),
      edge('d', 'director', p('O'), o('C'), { validFrom: '2018-01-01', validUntil: '2022-01-01' }),
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.path.map((s) => s.edgeId)])).toEqual([
      ['incompatible_posts', 'medium', ['w', 'd']],
    ]);
  });

  it('is fine when the directorship ended before the post began, or the role is only ownership', () => {
    expect(
      run([
        edge('w', 'employment', p('O'), o('M'), { validFrom: '2021-01-01' }),
        edge('d', 'director', p('O'), o('C'), { validUntil: '2020-12-31' }),
      ]),
    ).toEqual([]);
    expect(
      run([edge('w', 'employment', p('O'), o('M')), edge('d', 'owner', p('O'), o('C'))]),
    ).toEqual([]);
  });

  it('finds posts in two state bodies at once, earlier post first', () => {
    const found = run([
      edge('z', 'employment', p('O'), o('M'), { validFrom: '2019-01-01' }),
      edge('a', 'employment', p('O'), o('N'), { validFrom: '2023-01-01' }),
    ]);
    expect(found.map((f) => f.path.map((s) => s.edgeId))).toEqual([['z', 'a']]);
  });

  it('is fine for successive posts, and for two posts in one body', () => {
    expect(
      run([
        edge('a', 'employment', p('O'), o('M'), { validUntil: '2022-12-31' }),
        edge('b', 'employment', p('O'), o('N'), { validFrom: '2023-01-01' }),
      ]),
    ).toEqual([]);
    expect(
      run([edge('a', 'employment', p('O'), o('M')), edge('b', 'employment', p('O'), o('M'))]),
    ).toEqual([]);
  });
});
