import type { Db } from '../../../platform/db/client.ts';
import type {
  ConflictGraph,
  Dealing,
  NodeRef,
  OrganisationKind,
  OrganisationNode,
  PersonNode,
  RelationEdge,
} from '../detection/types.ts';
import { fetchRows } from './fetch-rows.ts';
import { dealingsQuery, nodesQuery, relationsQuery } from './neighbourhood-query.ts';
import {
  DEALING_COLUMNS,
  type DealingRow,
  dealingOf,
  NODE_COLUMNS,
  type NodeRow,
  RELATION_COLUMNS,
  type RelationRow,
  relationOf,
} from './neighbourhood-rows.ts';

export { isOfficial, listOfficialIds } from './officials.ts';

const TIES: ReadonlySet<string> = new Set(['family', 'friendship', 'association']);
const ROLES: ReadonlySet<string> = new Set(['director', 'founder', 'owner']);

function add(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Everything the detection rules need about these officials, in three set-based statements
 * however many officials there are (the last two side by side on a server): the relations a
 * rule can use (neighbourhood-query.ts says which), the dealings that reach an official, and the
 * persons and organisations they name.
 *
 * A dealing reaches an official when its counterparty is the official, a person tied to them by
 * family or association, or a company one of those holds a role in, and the official decided it
 * or worked for the organisation that gave it (on any date: dates are the engine's to judge).
 *
 * Persons merged into another (a confirmed match) are left out, with the edges that name them.
 * `official` is exact for the officials asked for and the persons tied to them (their posts are
 * loaded); for anyone else it says only whether they declare. The engine judges only the former.
 */
export async function loadNeighbourhood(db: Db, officialIds: string[]): Promise<ConflictGraph> {
  const officials = new Set(officialIds);
  const rows = await fetchRows<RelationRow>(db, relationsQuery([...officials]), RELATION_COLUMNS);

  /** For each party (an official or a person tied to one), the officials they reach. */
  const reaches = new Map<string, Set<string>>();
  for (const id of officials) add(reaches, id, id);
  const posts = new Map<string, Set<string>>();
  const personIds = new Set(officials);
  const organisationIds = new Set<string>();
  for (const r of rows) {
    for (const id of [r.from_person_id, r.to_person_id]) if (id !== null) personIds.add(id);
    for (const id of [r.from_organisation_id, r.to_organisation_id]) {
      if (id !== null) organisationIds.add(id);
    }
    if (TIES.has(r.kind) && r.from_person_id !== null && r.to_person_id !== null) {
      if (officials.has(r.from_person_id)) add(reaches, r.to_person_id, r.from_person_id);
      if (officials.has(r.to_person_id)) add(reaches, r.from_person_id, r.to_person_id);
    } else if (r.kind === 'employment' && r.from_person_id !== null && r.to_organisation_id) {
      if (officials.has(r.from_person_id)) add(posts, r.from_person_id, r.to_organisation_id);
    }
  }
  /** For each company, the parties holding a role in it. */
  const holders = new Map<string, Set<string>>();
  for (const r of rows) {
    if (ROLES.has(r.kind) && r.from_person_id !== null && r.to_organisation_id !== null) {
      if (reaches.has(r.from_person_id)) add(holders, r.to_organisation_id, r.from_person_id);
    }
  }

  const [dealingRows, nodes] = await Promise.all([
    fetchRows<DealingRow>(db, dealingsQuery(holders.keys(), reaches.keys()), DEALING_COLUMNS),
    fetchRows<NodeRow>(db, nodesQuery(personIds, organisationIds), NODE_COLUMNS),
  ]);

  const persons = new Map<string, PersonNode>();
  const organisations = new Map<string, OrganisationNode>();
  for (const n of nodes) {
    if (n.type === 'person')
      persons.set(n.id, { id: n.id, name: n.name, official: n.declares === true });
    else organisations.set(n.id, { id: n.id, name: n.name, kind: n.kind as OrganisationKind });
  }

  const reached = (d: DealingRow) => {
    const counterparty = d.counterparty_person_id ?? d.counterparty_organisation_id!;
    const parties = d.counterparty_person_id !== null ? [counterparty] : holders.get(counterparty);
    for (const party of parties ?? []) {
      for (const official of reaches.get(party) ?? []) {
        if (d.decided_by_person_id === official) return true;
        if (posts.get(official)?.has(d.organisation_id)) return true;
      }
    }
    return false;
  };
  const dealings: Dealing[] = [];
  for (const d of dealingRows) {
    if (!reached(d)) continue;
    dealings.push(dealingOf(d));
    // The dealing's own organisation and decider come with it.
    if (!organisations.has(d.organisation_id)) {
      organisations.set(d.organisation_id, {
        id: d.organisation_id,
        name: d.organisation_name,
        kind: d.organisation_kind as OrganisationKind,
      });
    }
    const decider = d.decided_by_person_id;
    if (decider !== null && d.decided_by_name !== null && !persons.has(decider)) {
      persons.set(decider, {
        id: decider,
        name: d.decided_by_name,
        official: d.decided_by_declares === true,
      });
    }
  }

  // An edge naming a merged person is stale (the merge moved the live ones to the survivor).
  const present = (ref: NodeRef) => ref.type === 'organisation' || persons.has(ref.id);
  const relations: RelationEdge[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const edge = relationOf(r);
    if (!present(edge.from) || !present(edge.to)) continue;
    relations.push(edge);
    // Employed by a state body or organisation: an official (see officials.ts).
    const kind = organisations.get(edge.to.id)?.kind;
    if (edge.kind === 'employment' && (kind === 'state_body' || kind === 'state_organisation')) {
      const employee = persons.get(edge.from.id);
      if (employee) employee.official = true;
    }
  }
  return {
    persons,
    organisations,
    relations,
    dealings: dealings.filter((d) => present(d.counterparty)),
  };
}
