import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import type {
  ConflictGraph,
  Dealing,
  DealingKind,
  EdgeSource,
  FamilyDegree,
  NodeRef,
  OrganisationKind,
  OrganisationNode,
  PersonNode,
  RelationEdge,
  RelationKind,
} from '../detection/types.ts';

/**
 * Who counts as an official: a person who declares (linked to a declarant), or who is employed
 * by a state body or state organisation. The second half covers posts the graph learns from
 * appointments and registries before (or without) a declaration, such as heads of state
 * enterprises; a relative employed by the state is then an official too, and rightly so.
 * findings/around.ts uses the same condition.
 */
export const isOfficial = (person: string) => sql`(
  ${sql.raw(person)}.declarant_id IS NOT NULL OR EXISTS (
    SELECT 1 FROM relations e JOIN legal_entities o ON o.id = e.to_organisation_id
     WHERE e.from_person_id = ${sql.raw(person)}.id AND e.kind = 'employment'
       AND o.kind IN ('state_body', 'state_organisation')))`;

/** Officials in id order after `afterId`: the keyset the full detection pass walks in chunks. */
export async function listOfficialIds(
  db: Db,
  afterId: string | undefined,
  limit: number,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM persons p
         WHERE p.merged_into IS NULL
           ${afterId === undefined ? sql`` : sql`AND p.id > ${afterId}::uuid`}
           AND ${isOfficial('p')}
         ORDER BY p.id
         LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

interface RelationRow {
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

interface DealingRow {
  id: string;
  organisation_name: string;
  organisation_kind: string;
  decided_by_name: string | null;
  decided_by_declares: boolean | null;
  kind: string;
  organisation_id: string;
  decided_by_person_id: string | null;
  counterparty_organisation_id: string | null;
  counterparty_person_id: string | null;
  title: string;
  amount_tyiyn: string | number | null;
  dealt_on: string;
  source: string;
  reference: string;
}

interface NodeRow {
  type: 'person' | 'organisation';
  id: string;
  name: string;
  kind: string | null;
  declares: boolean | null;
  pin: string | null;
  birth_date: string | null;
}

// Dates as text: both drivers then give yyyy-mm-dd strings, as the engine compares them.
const RELATION_COLUMNS = sql.raw(`r.id, r.kind, r.degree, r.share_percent, r.role, r.head,
  r.from_person_id, r.from_organisation_id, r.to_person_id, r.to_organisation_id,
  r.valid_from::text AS valid_from, r.valid_until::text AS valid_until, r.source, r.source_ref`);

const ids = (values: Iterable<string>) => sql`${sql.param([...values])}::uuid[]`;

/**
 * Everything the detection rules need about these officials, in three set-based statements
 * however many officials there are (the last two run side by side on a server):
 * 1. the relations: the officials' own (family, associations, posts, company roles), and those of
 *    the persons tied to them by family or association (company roles, posts, subordination to
 *    the official, family among themselves for the kinship checks). Subordinates who are not
 *    relatives are left out: a minister's hundreds of staff cannot make a finding about them;
 * 2. dealings whose counterparty is one of those persons or their companies, given by an
 *    organisation an official works at or decided by an official: only dealings that can end a
 *    conflict path, not every contract of a ministry;
 * 3. the persons and organisations those name.
 * Persons merged into another (a confirmed match) are left out, with the edges that name them.
 * `official` is exact for the officials asked for and the persons tied to them (their posts are
 * loaded); for anyone else it says only whether they declare. The engine judges only the former.
 */
export async function loadNeighbourhood(db: Db, officialIds: string[]): Promise<ConflictGraph> {
  const officials = new Set(officialIds);
  const o = ids(officials);
  const rows = await queryRows<RelationRow>(
    db,
    sql`WITH own AS (
          SELECT * FROM relations r
           WHERE (r.from_person_id = ANY(${o}) AND r.kind <> 'subordination')
              OR (r.to_person_id = ANY(${o}) AND r.kind IN ('family', 'friendship', 'association'))
        ),
        tied AS (
          SELECT DISTINCT CASE WHEN r.from_person_id = ANY(${o}) THEN r.to_person_id ELSE r.from_person_id END AS id
            FROM own r WHERE r.kind IN ('family', 'friendship', 'association')
        )
        SELECT ${RELATION_COLUMNS} FROM own r
        UNION ALL
        SELECT ${RELATION_COLUMNS} FROM relations r JOIN tied t ON t.id = r.from_person_id
         WHERE NOT t.id = ANY(${o})
           AND (r.kind IN ('director', 'founder', 'owner', 'employment')
                OR (r.kind = 'subordination' AND r.to_person_id = ANY(${o}))
                OR (r.kind = 'family' AND r.to_person_id IN (SELECT id FROM tied)))`,
  );

  const tied = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'family' && r.kind !== 'friendship' && r.kind !== 'association') continue;
    for (const end of [r.from_person_id, r.to_person_id]) {
      if (end !== null && !officials.has(end)) tied.add(end);
    }
  }
  const parties = new Set([...officials, ...tied]);
  const companies = new Set<string>();
  const workplaces = new Set<string>();
  const personIds = new Set(officials);
  const organisationIds = new Set<string>();
  for (const r of rows) {
    for (const id of [r.from_person_id, r.to_person_id]) if (id !== null) personIds.add(id);
    for (const id of [r.from_organisation_id, r.to_organisation_id]) {
      if (id !== null) organisationIds.add(id);
    }
    if (r.to_organisation_id === null || r.from_person_id === null) continue;
    if (r.kind === 'employment') {
      if (officials.has(r.from_person_id)) workplaces.add(r.to_organisation_id);
    } else if (parties.has(r.from_person_id)) {
      companies.add(r.to_organisation_id);
    }
  }

  // Dealings name a few more nodes (the dealing body, who decided): fetched with them.
  const [dealingRows, nodes] = await Promise.all([
    queryRows<DealingRow>(
      db,
      sql`SELECT d.id, d.kind, d.organisation_id, d.decided_by_person_id,
                 d.counterparty_organisation_id, d.counterparty_person_id, d.title, d.amount_tyiyn,
                 d.dealt_on::text AS dealt_on, d.source, d.reference,
                 o.name AS organisation_name, o.kind AS organisation_kind,
                 p.full_name AS decided_by_name, p.declarant_id IS NOT NULL AS decided_by_declares
            FROM dealings d
            JOIN legal_entities o ON o.id = d.organisation_id
            LEFT JOIN persons p ON p.id = d.decided_by_person_id AND p.merged_into IS NULL
           WHERE (d.counterparty_organisation_id = ANY(${ids(companies)})
                  OR d.counterparty_person_id = ANY(${ids(parties)}))
             AND (d.organisation_id = ANY(${ids(workplaces)})
                  OR d.decided_by_person_id = ANY(${o}))`,
    ),
    queryRows<NodeRow>(
      db,
      sql`SELECT 'person' AS type, p.id, p.full_name AS name, NULL AS kind,
                 p.declarant_id IS NOT NULL AS declares, p.pin, p.birth_date::text AS birth_date
            FROM persons p WHERE p.id = ANY(${ids(personIds)}) AND p.merged_into IS NULL
          UNION ALL
          SELECT 'organisation', o.id, o.name, o.kind, NULL, NULL, NULL
            FROM legal_entities o WHERE o.id = ANY(${ids(organisationIds)})`,
    ),
  ]);

  const persons = new Map<string, PersonNode>();
  const organisations = new Map<string, OrganisationNode>();
  const person = (id: string, name: string, declares: boolean, more: Partial<PersonNode> = {}) =>
    persons.set(id, { id, name, official: declares, ...more });
  for (const n of nodes) {
    if (n.type === 'person') {
      person(n.id, n.name, n.declares === true, { pin: n.pin, birthDate: n.birth_date });
    } else {
      organisations.set(n.id, { id: n.id, name: n.name, kind: n.kind as OrganisationKind });
    }
  }
  for (const d of dealingRows) {
    if (!organisations.has(d.organisation_id)) {
      organisations.set(d.organisation_id, {
        id: d.organisation_id,
        name: d.organisation_name,
        kind: d.organisation_kind as OrganisationKind,
      });
    }
    const decider = d.decided_by_person_id;
    if (decider !== null && d.decided_by_name !== null && !persons.has(decider)) {
      person(decider, d.decided_by_name, d.decided_by_declares === true);
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
    // Employed by a state body or organisation: an official (see isOfficial).
    const kind = organisations.get(edge.to.id)?.kind;
    if (edge.kind === 'employment' && (kind === 'state_body' || kind === 'state_organisation')) {
      const employee = persons.get(edge.from.id);
      if (employee) employee.official = true;
    }
  }
  const dealings: Dealing[] = [];
  for (const d of dealingRows) {
    const dealing = dealingOf(d);
    if (present(dealing.counterparty)) dealings.push(dealing);
  }
  return { persons, organisations, relations, dealings };
}

const refOf = (person: string | null, organisation: string | null): NodeRef =>
  person !== null ? { type: 'person', id: person } : { type: 'organisation', id: organisation! };

function relationOf(r: RelationRow): RelationEdge {
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

function dealingOf(d: DealingRow): Dealing {
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
