// Small hand-made graphs for the engine's tests: readable builders with sensible defaults.
import type {
  ConflictGraph,
  Dealing,
  DetectionSettings,
  NodeRef,
  OrganisationKind,
  OrganisationNode,
  PersonNode,
  RelationEdge,
} from './types.ts';

export const settings: DetectionSettings = {
  closeDegrees: ['spouse', 'parent', 'child', 'sibling', 'parent_in_law', 'sibling_in_law'],
  includeAssociations: false,
  asOf: '2025-06-30',
};

export const person = (id: string, official = false): PersonNode => ({
  id,
  name: `Name of ${id}`,
  official,
});
export const organisation = (id: string, kind: OrganisationKind): OrganisationNode => ({
  id,
  name: `Name of ${id}`,
  kind,
});

export const p = (id: string): NodeRef => ({ type: 'person', id });
export const o = (id: string): NodeRef => ({ type: 'organisation', id });

export const edge = (
  id: string,
  kind: RelationEdge['kind'],
  from: NodeRef,
  to: NodeRef,
  more: Partial<RelationEdge> = {},
): RelationEdge => ({ id, kind, from, to, source: 'declaration', sourceRef: `ref ${id}`, ...more });

export const dealing = (
  id: string,
  organisationId: string,
  counterparty: NodeRef,
  more: Partial<Dealing> = {},
): Dealing => ({
  id,
  kind: 'contract',
  organisationId,
  counterparty,
  title: `Contract ${id}`,
  amountTyiyn: 100_000_00,
  date: '2024-05-01',
  source: 'procurement',
  reference: `ocid-${id}`,
  ...more,
});

export function graph(
  nodes: (PersonNode | OrganisationNode)[],
  relations: RelationEdge[],
  dealings: Dealing[] = [],
): ConflictGraph {
  return {
    persons: new Map(nodes.filter((n) => !('kind' in n)).map((n) => [n.id, n as PersonNode])),
    organisations: new Map(
      nodes.filter((n) => 'kind' in n).map((n) => [n.id, n as OrganisationNode]),
    ),
    relations,
    dealings,
  };
}

/**
 * The story: official O works at the ministry M; their spouse S directs company C, which
 * won contract K from M.
 */
export function spouseCompanyStory(more: { head?: boolean; decidedBy?: string } = {}) {
  const nodes = [
    person('O', true),
    person('S'),
    organisation('M', 'state_body'),
    organisation('C', 'company'),
  ];
  const relations = [
    edge('e-work', 'employment', p('O'), o('M'), {
      head: more.head ?? false,
      role: 'deputy minister',
      validFrom: '2020-01-01',
      source: 'appointment',
    }),
    edge('e-spouse', 'family', p('O'), p('S'), { degree: 'spouse' }),
    edge('e-director', 'director', p('S'), o('C'), { validFrom: '2019-03-01', source: 'registry' }),
  ];
  const dealings = [
    dealing('K', 'M', o('C'), more.decidedBy ? { decidedByPersonId: more.decidedBy } : {}),
  ];
  return { nodes, relations, dealings };
}
