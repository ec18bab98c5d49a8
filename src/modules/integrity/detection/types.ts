/**
 * The relations graph as plain data: what the detection engine reads. Modules load it from the
 * database (graph/load.ts); the engine never touches the database.
 */

export type NodeType = 'person' | 'organisation';
export interface NodeRef {
  type: NodeType;
  id: string;
}

export const RELATION_KINDS = [
  'family',
  'director',
  'founder',
  'owner',
  'employment',
  'subordination',
  'friendship',
  'association',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** What `to` is to `from` in a family relation. */
export const FAMILY_DEGREES = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
  'parent_in_law',
  'child_in_law',
  'sibling_in_law',
  'other',
] as const;
export type FamilyDegree = (typeof FAMILY_DEGREES)[number];

export const EDGE_SOURCES = [
  'declaration',
  'interest_declaration',
  'registry',
  'notification',
  'appointment',
  'manual',
] as const;
export type EdgeSource = (typeof EDGE_SOURCES)[number];

export const ORGANISATION_KINDS = ['state_body', 'state_organisation', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface PersonNode {
  id: string;
  name: string;
  /** Holds (or held) a public post: the people findings are about. */
  official: boolean;
  pin?: string | null;
  birthDate?: string | null;
}

export interface OrganisationNode {
  id: string;
  name: string;
  kind: OrganisationKind;
}

/** One relation edge. Dates are ISO yyyy-mm-dd; null means open-ended. */
export interface RelationEdge {
  id: string;
  kind: RelationKind;
  from: NodeRef;
  to: NodeRef;
  degree?: FamilyDegree | null;
  sharePercent?: number | null;
  /** employment: the post, and whether the person heads the organisation or unit. */
  role?: string | null;
  head?: boolean;
  validFrom?: string | null;
  validUntil?: string | null;
  source: EdgeSource;
  sourceRef: string;
}

export const DEALING_KINDS = ['contract', 'funding', 'decision'] as const;
export type DealingKind = (typeof DEALING_KINDS)[number];

/** A contract, funding or decision of a state body in favour of a counterparty. */
export interface Dealing {
  id: string;
  kind: DealingKind;
  organisationId: string;
  decidedByPersonId?: string | null;
  counterparty: NodeRef;
  title: string;
  amountTyiyn?: number | null;
  date: string;
  source: string;
  reference: string;
}

export interface ConflictGraph {
  persons: ReadonlyMap<string, PersonNode>;
  organisations: ReadonlyMap<string, OrganisationNode>;
  relations: readonly RelationEdge[];
  dealings: readonly Dealing[];
}

export const CONFLICT_RULES = [
  'relative_subordinate',
  'agency_deals_with_related_party',
  'decided_related_party',
  'incompatible_posts',
] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

/** Problems in the data itself, reported as findings instead of crashing the run. */
export const DATA_RULES = [
  'kinship_cycle',
  'contradicting_sources',
  /** A relation from a person to themselves: skipped by the rules. */
  'self_relation',
  /** An edge or dealing naming a person or organisation the graph does not hold: skipped. */
  'unknown_reference',
  /** An edge whose kind, degree or ends do not fit together (e.g. family with an organisation): skipped. */
  'invalid_edge',
] as const;
export type DataRule = (typeof DATA_RULES)[number];

export type Severity = 'high' | 'medium' | 'low';

/** One edge of an explaining path, in reading order, with where it came from. */
export interface PathStep {
  from: NodeRef & { name: string };
  to: NodeRef & { name: string };
  /** a relation kind, or the dealing kind for the last step to a contract */
  kind: RelationKind | DealingKind;
  degree?: FamilyDegree | null;
  sharePercent?: number | null;
  role?: string | null;
  /** the relation or dealing id */
  edgeId: string;
  edge: 'relation' | 'dealing';
  source: string;
  sourceRef: string;
  validFrom?: string | null;
  validUntil?: string | null;
  /** dealings: title, amount and date */
  title?: string;
  amountTyiyn?: number | null;
  date?: string;
}

export interface Finding {
  rule: ConflictRule | DataRule;
  severity: Severity;
  /** The official the finding is about (for data findings: the person whose data conflicts). */
  officialId: string;
  /** Stable identity of rule + path: the same conflict found again gets the same key. */
  key: string;
  path: PathStep[];
}

export interface DetectionSettings {
  /** Family degrees treated as close relatives (Law on Conflict of Interest). */
  closeDegrees: readonly FamilyDegree[];
  /** Count declared friendship and association as a link to a party (lower severity). */
  includeAssociations: boolean;
  /** The day relations and posts are judged at when a dealing has no date of its own. */
  asOf: string;
}
