import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { DealingKind, NodeRef, PathStep, RelationKind } from '../detection/types.ts';
import { conflictFindings, dealings, legalEntities, persons, relations } from '../schema.ts';

export interface GraphNode {
  type: 'person' | 'organisation';
  id: string;
  name: string;
  official?: boolean;
  kind?: string;
  register?: string | null;
  synthetic: boolean;
}

export interface GraphEdge {
  id: string;
  edge: 'relation' | 'dealing';
  kind: string;
  from: NodeRef;
  to: NodeRef;
  degree?: string | null;
  sharePercent?: number | null;
  role?: string | null;
  source: string;
  sourceRef: string;
  validFrom?: string | null;
  validUntil?: string | null;
  title?: string;
  amountTyiyn?: number | null;
  date?: string;
}

export interface Neighbourhood {
  centre: NodeRef;
  nodes: GraphNode[];
  edges: GraphEdge[];
  findings: Array<{ id: string; rule: string; severity: string; state: string; path: PathStep[] }>;
  truncated: boolean;
}

export interface NeighbourhoodQuery {
  centre: NodeRef;
  depth: number;
  kinds?: ReadonlyArray<RelationKind | DealingKind>;
  /** Only relations valid that day (and dealings up to it). */
  at?: string;
}

export const MAX_NODES = 300;

/**
 * The network around a person or organisation, breadth first up to `depth` steps, capped at
 * MAX_NODES so a hub (a ministry with thousands of staff) cannot flood the browser.
 */
export async function neighbourhood(db: Db, q: NeighbourhoodQuery): Promise<Neighbourhood> {
  const people = new Set<string>();
  const orgs = new Set<string>();
  (q.centre.type === 'person' ? people : orgs).add(q.centre.id);
  let frontierPeople = q.centre.type === 'person' ? [q.centre.id] : [];
  let frontierOrgs = q.centre.type === 'organisation' ? [q.centre.id] : [];
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  const wants = (k: string) => !q.kinds || q.kinds.includes(k as RelationKind);

  for (let step = 0; step < q.depth && !truncated; step++) {
    if (frontierPeople.length === 0 && frontierOrgs.length === 0) break;
    const touches: SQL[] = [];
    if (frontierPeople.length > 0)
      touches.push(
        inArray(relations.fromPersonId, frontierPeople),
        inArray(relations.toPersonId, frontierPeople),
      );
    if (frontierOrgs.length > 0)
      touches.push(
        inArray(relations.toOrganisationId, frontierOrgs),
        inArray(relations.fromOrganisationId, frontierOrgs),
      );
    const relationRows = await db
      .select()
      .from(relations)
      .where(
        and(
          or(...touches),
          q.kinds
            ? inArray(relations.kind, q.kinds.filter((k) => wants(k)) as string[])
            : undefined,
          q.at
            ? sql`(${relations.validFrom} IS NULL OR ${relations.validFrom} <= ${q.at}) AND (${relations.validUntil} IS NULL OR ${relations.validUntil} >= ${q.at})`
            : undefined,
        ),
      )
      .orderBy(relations.id)
      .limit(MAX_NODES * 4);
    const dealingTouches: SQL[] = [];
    if (frontierOrgs.length > 0)
      dealingTouches.push(
        inArray(dealings.organisationId, frontierOrgs),
        inArray(dealings.counterpartyOrganisationId, frontierOrgs),
      );
    if (frontierPeople.length > 0)
      dealingTouches.push(inArray(dealings.counterpartyPersonId, frontierPeople));
    const dealingKinds = (['contract', 'funding', 'decision'] as const).filter((k) => wants(k));
    const dealingRows =
      dealingTouches.length > 0 && dealingKinds.length > 0
        ? await db
            .select()
            .from(dealings)
            .where(
              and(
                or(...dealingTouches),
                inArray(dealings.kind, dealingKinds),
                q.at ? sql`${dealings.dealtOn} <= ${q.at}` : undefined,
              ),
            )
            .orderBy(dealings.dealtOn)
            .limit(MAX_NODES * 4)
        : [];

    const nextPeople: string[] = [];
    const nextOrgs: string[] = [];
    const reach = (ref: NodeRef) => {
      const set = ref.type === 'person' ? people : orgs;
      if (set.has(ref.id)) return true;
      if (people.size + orgs.size >= MAX_NODES) {
        truncated = true;
        return false;
      }
      set.add(ref.id);
      (ref.type === 'person' ? nextPeople : nextOrgs).push(ref.id);
      return true;
    };
    for (const r of relationRows) {
      const from: NodeRef = r.fromPersonId
        ? { type: 'person', id: r.fromPersonId }
        : { type: 'organisation', id: r.fromOrganisationId! };
      const to: NodeRef = r.toPersonId
        ? { type: 'person', id: r.toPersonId }
        : { type: 'organisation', id: r.toOrganisationId! };
      if (!reach(from) || !reach(to)) continue;
      edges.set(r.id, {
        id: r.id,
        edge: 'relation',
        kind: r.kind,
        from,
        to,
        degree: r.degree,
        sharePercent: r.sharePercent,
        role: r.role,
        source: r.source,
        sourceRef: r.sourceRef,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
      });
    }
    for (const d of dealingRows) {
      const from: NodeRef = { type: 'organisation', id: d.organisationId };
      const to: NodeRef = d.counterpartyOrganisationId
        ? { type: 'organisation', id: d.counterpartyOrganisationId }
        : { type: 'person', id: d.counterpartyPersonId! };
      if (!reach(from) || !reach(to)) continue;
      edges.set(d.id, {
        id: d.id,
        edge: 'dealing',
        kind: d.kind,
        from,
        to,
        source: d.source,
        sourceRef: d.reference,
        title: d.title,
        amountTyiyn: d.amountTyiyn,
        date: d.dealtOn,
      });
    }
    frontierPeople = nextPeople;
    frontierOrgs = nextOrgs;
  }

  const nodes: GraphNode[] = [];
  if (people.size > 0) {
    const rows = await db
      .select({
        id: persons.id,
        name: persons.fullName,
        declarantId: persons.declarantId,
        synthetic: persons.synthetic,
      })
      .from(persons)
      .where(and(inArray(persons.id, [...people]), isNull(persons.mergedInto)));
    for (const p of rows)
      nodes.push({
        type: 'person',
        id: p.id,
        name: p.name,
        official: p.declarantId !== null,
        synthetic: p.synthetic,
      });
  }
  if (orgs.size > 0) {
    const rows = await db
      .select({
        id: legalEntities.id,
        name: legalEntities.name,
        kind: legalEntities.kind,
        register: legalEntities.register,
        synthetic: legalEntities.synthetic,
      })
      .from(legalEntities)
      .where(inArray(legalEntities.id, [...orgs]));
    for (const o of rows) nodes.push({ type: 'organisation', ...o });
  }
  const findings =
    people.size > 0
      ? await db
          .select({
            id: conflictFindings.id,
            rule: conflictFindings.rule,
            severity: conflictFindings.severity,
            state: conflictFindings.state,
            path: conflictFindings.path,
          })
          .from(conflictFindings)
          .where(
            and(
              inArray(conflictFindings.officialPersonId, [...people]),
              inArray(conflictFindings.state, ['open', 'in_case']),
            ),
          )
          .orderBy(conflictFindings.firstFoundAt)
          .limit(100)
      : [];
  return {
    centre: q.centre,
    nodes,
    edges: [...edges.values()],
    findings,
    truncated,
  };
}

/** Whether the centre exists (a 404 instead of an empty graph for a wrong id). */
export async function centreExists(db: Db, centre: NodeRef): Promise<boolean> {
  const [row] =
    centre.type === 'person'
      ? await db.select({ id: persons.id }).from(persons).where(eq(persons.id, centre.id))
      : await db
          .select({ id: legalEntities.id })
          .from(legalEntities)
          .where(eq(legalEntities.id, centre.id));
  return row !== undefined;
}
