import type {
  Dealing,
  DealingKind,
  EdgeSource,
  FamilyDegree,
  NodeRef,
  RelationEdge,
  RelationKind,
} from '../detection/types.ts';

/** Rows of the neighbourhood statements (neighbourhood-query.ts), and the engine's shapes. */

export interface RelationRow {
  id: string;
  kind: string;
  degree: string | null;
  share_percent: number | null;
  role: string | null;
  head: boolean;
  from_person_id: string | null;
  from_organisation_id: string | null;
  to_person_id: string | null;
  to_organisation_id: string | null;
  valid_from: string | null;
  valid_until: string | null;
  source: string;
  source_ref: string;
}

export const RELATION_COLUMNS = [
  'id',
  'kind',
  'degree',
  'share_percent',
  'role',
  'head',
  'from_person_id',
  'from_organisation_id',
  'to_person_id',
  'to_organisation_id',
  'valid_from',
  'valid_until',
  'source',
  'source_ref',
] as const satisfies readonly (keyof RelationRow)[];

export interface DealingRow {
  id: string;
  kind: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: string;
  decided_by_person_id: string | null;
  decided_by_name: string | null;
  decided_by_declares: boolean | null;
  counterparty_organisation_id: string | null;
  counterparty_person_id: string | null;
  title: string;
  amount_tyiyn: string | number | null;
  dealt_on: string;
  source: string;
  reference: string;
}

export const DEALING_COLUMNS = [
  'id',
  'kind',
  'organisation_id',
  'organisation_name',
  'organisation_kind',
  'decided_by_person_id',
  'decided_by_name',
  'decided_by_declares',
  'counterparty_organisation_id',
  'counterparty_person_id',
  'title',
  'amount_tyiyn',
  'dealt_on',
  'source',
  'reference',
] as const satisfies readonly (keyof DealingRow)[];

export interface NodeRow {
  type: 'person' | 'organisation';
  id: string;
  name: string;
  kind: string | null;
  declares: boolean | null;
}

export const NODE_COLUMNS = [
  'type',
  'id',
  'name',
  'kind',
  'declares',
] as const satisfies readonly (keyof NodeRow)[];

const refOf = (person: string | null, organisation: string | null): NodeRef =>
  person !== null ? { type: 'person', id: person } : { type: 'organisation', id: organisation! };

export function relationOf(r: RelationRow): RelationEdge {
  return {
    id: r.id,
    kind: r.kind as RelationKind,
    from: refOf(r.from_person_id, r.from_organisation_id),
    to: refOf(r.to_person_id, r.to_organisation_id),
    degree: r.degree as FamilyDegree | null,
    sharePercent: r.share_percent,
    role: r.role,
    head: r.head,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    source: r.source as EdgeSource,
    sourceRef: r.source_ref,
  };
}

export function dealingOf(d: DealingRow): Dealing {
  return {
    id: d.id,
    kind: d.kind as DealingKind,
    organisationId: d.organisation_id,
    decidedByPersonId: d.decided_by_person_id,
    counterparty: refOf(d.counterparty_person_id, d.counterparty_organisation_id),
    title: d.title,
    // bigint arrives as text from node-postgres; amounts in tyiyn stay far below 2^53.
    amountTyiyn: d.amount_tyiyn === null ? null : Number(d.amount_tyiyn),
    date: d.dealt_on,
    source: d.source,
    reference: d.reference,
  };
}
