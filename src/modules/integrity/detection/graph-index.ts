import { degreeOf, inverseDegree } from './degrees.ts';
import {
  type ConflictGraph,
  type Dealing,
  type FamilyDegree,
  type NodeRef,
  type OrganisationNode,
  type PersonNode,
  RELATION_KINDS,
  type RelationEdge,
} from './types.ts';

/** A family tie seen from one person: `degree` is what `other` is to them. */
export interface FamilyLink {
  edge: RelationEdge;
  other: string;
  degree: FamilyDegree;
  /** The stored edge points the other way (from `other`). */
  reversed: boolean;
}

/** A declared friendship or association seen from one person. */
export interface PersonLink {
  edge: RelationEdge;
  other: string;
  reversed: boolean;
}

export type EdgeProblemRule = 'self_relation' | 'unknown_reference' | 'invalid_edge';

/** An edge or dealing the rules skip, kept to be reported as a data finding. */
export interface EdgeProblem {
  rule: EdgeProblemRule;
  relation?: RelationEdge;
  dealing?: Dealing;
  /** Known persons it touches: whom the finding can be about. */
  persons: string[];
}

/**
 * The graph arranged for the rules: adjacency by person and organisation, every list sorted by
 * edge id so whatever the rules pick "first" does not depend on the order edges arrived in
 * (finding keys must survive a reload). Edges that cannot be read are set aside, never thrown on.
 */
export interface GraphIndex {
  persons: ReadonlyMap<string, PersonNode>;
  organisations: ReadonlyMap<string, OrganisationNode>;
  family: Map<string, FamilyLink[]>;
  associates: Map<string, PersonLink[]>;
  /** director / founder / owner edges of a person, to organisations. */
  roles: Map<string, RelationEdge[]>;
  /** employment edges of a person. */
  employments: Map<string, RelationEdge[]>;
  /** subordination edges by the superior (`to`). */
  subordinates: Map<string, RelationEdge[]>;
  dealingsWithOrganisation: Map<string, Dealing[]>;
  dealingsWithPerson: Map<string, Dealing[]>;
  /** Readable family edges, for the kinship checks. */
  familyEdges: RelationEdge[];
  problems: EdgeProblem[];
}

const KINDS: ReadonlySet<string> = new Set(RELATION_KINDS);

const isRef = (value: unknown): value is NodeRef => {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as { type?: unknown; id?: unknown };
  return (ref.type === 'person' || ref.type === 'organisation') && typeof ref.id === 'string';
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Which ends each kind joins: person-to-person ties, posts and roles in organisations. */
function fits(edge: RelationEdge): boolean {
  switch (edge.kind) {
    case 'family':
    case 'friendship':
    case 'association':
    case 'subordination':
      return edge.from.type === 'person' && edge.to.type === 'person';
    case 'employment':
      return edge.from.type === 'person' && edge.to.type === 'organisation';
    default:
      // director, founder, owner: of an organisation, held by a person or another organisation.
      return edge.to.type === 'organisation';
  }
}

export function indexGraph(graph: ConflictGraph): GraphIndex {
  const ix: GraphIndex = {
    persons: graph.persons instanceof Map ? graph.persons : new Map(),
    organisations: graph.organisations instanceof Map ? graph.organisations : new Map(),
    family: new Map(),
    associates: new Map(),
    roles: new Map(),
    employments: new Map(),
    subordinates: new Map(),
    dealingsWithOrganisation: new Map(),
    dealingsWithPerson: new Map(),
    familyEdges: [],
    problems: [],
  };
  const known = (ref: NodeRef) =>
    ref.type === 'person' ? ix.persons.has(ref.id) : ix.organisations.has(ref.id);
  const personsOf = (...refs: unknown[]) =>
    refs.flatMap((r) => (isRef(r) && r.type === 'person' && ix.persons.has(r.id) ? [r.id] : []));

  for (const edge of Array.isArray(graph.relations) ? graph.relations : []) {
    if (typeof edge !== 'object' || edge === null || typeof edge.id !== 'string') continue;
    // The common case first, with nothing allocated: a well-formed edge between known nodes.
    const readable = isRef(edge.from) && isRef(edge.to);
    if (
      readable &&
      (edge.from.type !== edge.to.type || edge.from.id !== edge.to.id) &&
      known(edge.from) &&
      known(edge.to) &&
      KINDS.has(edge.kind) &&
      fits(edge)
    ) {
      add(ix, edge);
      continue;
    }
    const persons = personsOf(edge.from, edge.to);
    const rule: EdgeProblemRule = !readable
      ? 'invalid_edge'
      : edge.from.type === edge.to.type && edge.from.id === edge.to.id
        ? 'self_relation'
        : !known(edge.from) || !known(edge.to)
          ? 'unknown_reference'
          : 'invalid_edge';
    ix.problems.push({ rule, relation: edge, persons });
  }

  for (const dealing of Array.isArray(graph.dealings) ? graph.dealings : []) {
    if (typeof dealing !== 'object' || dealing === null || typeof dealing.id !== 'string') continue;
    const readable = isRef(dealing.counterparty) && typeof dealing.organisationId === 'string';
    if (readable && ix.organisations.has(dealing.organisationId) && known(dealing.counterparty)) {
      const { type, id } = dealing.counterparty;
      push(type === 'person' ? ix.dealingsWithPerson : ix.dealingsWithOrganisation, id, dealing);
      continue;
    }
    const persons = personsOf(
      dealing.counterparty,
      typeof dealing.decidedByPersonId === 'string'
        ? { type: 'person', id: dealing.decidedByPersonId }
        : null,
    );
    ix.problems.push({ rule: readable ? 'unknown_reference' : 'invalid_edge', dealing, persons });
  }

  const byEdge = (a: { edge: RelationEdge }, b: { edge: RelationEdge }) => byId(a.edge, b.edge);
  for (const map of [ix.family, ix.associates]) {
    for (const list of map.values()) if (list.length > 1) list.sort(byEdge);
  }
  for (const map of [
    ix.roles,
    ix.employments,
    ix.subordinates,
    ix.dealingsWithOrganisation,
    ix.dealingsWithPerson,
  ] as Map<string, { id: string }[]>[]) {
    for (const list of map.values()) if (list.length > 1) list.sort(byId);
  }
  ix.familyEdges.sort(byId);
  return ix;
}

function add(ix: GraphIndex, edge: RelationEdge) {
  const from = edge.from.id;
  const to = edge.to.id;
  switch (edge.kind) {
    case 'family': {
      const degree = degreeOf(edge.degree);
      push(ix.family, from, { edge, other: to, degree, reversed: false });
      push(ix.family, to, { edge, other: from, degree: inverseDegree(degree), reversed: true });
      ix.familyEdges.push(edge);
      return;
    }
    case 'friendship':
    case 'association':
      push(ix.associates, from, { edge, other: to, reversed: false });
      push(ix.associates, to, { edge, other: from, reversed: true });
      return;
    case 'employment':
      push(ix.employments, from, edge);
      return;
    case 'subordination':
      push(ix.subordinates, to, edge);
      return;
    default:
      if (edge.from.type === 'person') push(ix.roles, from, edge);
  }
}
