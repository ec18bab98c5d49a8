import { type SQL, sql } from 'drizzle-orm';

/**
 * The three statements of loadNeighbourhood (rows in neighbourhood-rows.ts). Lookups by id go through
 * `unnest(ids) CROSS JOIN LATERAL (... OFFSET 0)`: one index probe per id (OFFSET 0 stops the
 * planner from turning it back into a join). With `= ANY(thousands of ids)` or a plain join the
 * planner hashed whole tables (200,000 dealings, 400,000 persons) for every chunk of officials,
 * which made loading 5-10x slower at 100,000 officials.
 */

export const uuids = (values: Iterable<string>) => sql`${sql.param([...values])}::uuid[]`;

// Dates as text: both drivers then give yyyy-mm-dd strings, as the engine compares them.
const COLUMNS = sql.raw(`r.id, r.kind, r.degree, r.share_percent, r.role, r.head,
  r.from_person_id, r.from_organisation_id, r.to_person_id, r.to_organisation_id,
  r.valid_from::text AS valid_from, r.valid_until::text AS valid_until, r.source, r.source_ref`);

/**
 * The relations a rule can use, judged per official:
 * - the officials' own: family, associations, posts, company roles (all of them: incompatible
 *   posts and the kinship checks read them), and subordination among them; not their other
 *   subordinates, whose hundreds per minister make no finding unless they are relatives;
 * - of each person tied to an official by family or association: their posts (nepotism), their
 *   subordination to an official, family among the tied (kinship checks), and those company
 *   roles through which a dealing reaches the official they are tied to: the company's
 *   counterparty in a dealing the official decided or their organisation gave. The engine still
 *   judges dates, degrees and closeness; this leaves out only companies no path can end at.
 */
export function relationsQuery(officialIds: readonly string[]): SQL {
  // The id array is sent as few times as possible (it is thousands of ids): for the indexed
  // lookups, and once as a set that later steps probe by hash.
  const o = uuids(officialIds);
  return sql`
WITH official AS MATERIALIZED (SELECT unnest(${o}) AS id),
own AS MATERIALIZED (
  SELECT r.* FROM relations r
   WHERE (r.from_person_id = ANY(${o}) AND (r.kind <> 'subordination' OR r.to_person_id = ANY(${o})))
      OR (r.to_person_id = ANY(${o}) AND r.kind IN ('family', 'friendship', 'association'))
),
tie AS MATERIALIZED (
  SELECT r.from_person_id AS official, r.to_person_id AS party FROM own r
   WHERE r.kind IN ('family', 'friendship', 'association')
     AND r.from_person_id IN (SELECT id FROM official) AND r.to_person_id NOT IN (SELECT id FROM official)
  UNION ALL
  SELECT r.to_person_id, r.from_person_id FROM own r
   WHERE r.kind IN ('family', 'friendship', 'association')
     AND r.to_person_id IN (SELECT id FROM official) AND r.from_person_id NOT IN (SELECT id FROM official)
),
tied AS MATERIALIZED (SELECT DISTINCT party AS id FROM tie),
post AS MATERIALIZED (
  SELECT from_person_id AS official, to_organisation_id AS organisation FROM own WHERE kind = 'employment'
)
SELECT ${COLUMNS} FROM own r
UNION ALL
-- One index probe per tied person for all of their relations, kept by kind.
SELECT DISTINCT ON (r.id) ${COLUMNS} FROM tie t
 CROSS JOIN LATERAL (SELECT * FROM relations r WHERE r.from_person_id = t.party OFFSET 0) r
 WHERE r.kind = 'employment'
    OR (r.kind = 'subordination' AND r.to_person_id IN (SELECT id FROM official))
    OR (r.kind = 'family' AND r.to_person_id IN (SELECT id FROM tied))
    OR (r.kind IN ('director', 'founder', 'owner') AND EXISTS (
      SELECT 1 FROM dealings d
       WHERE d.counterparty_organisation_id = r.to_organisation_id
         AND (d.decided_by_person_id = t.official
              OR (t.official, d.organisation_id) IN (SELECT official, organisation FROM post))
      OFFSET 0))`;
}

/**
 * Dealings whose counterparty is one of these companies or persons, with the names of who gave
 * and who decided them. The caller keeps those that reach an official.
 */
export function dealingsQuery(companies: Iterable<string>, persons: Iterable<string>): SQL {
  const columns = sql.raw(`d.id, d.kind, d.organisation_id, d.decided_by_person_id,
    d.counterparty_organisation_id, d.counterparty_person_id, d.title, d.amount_tyiyn,
    d.dealt_on::text AS dealt_on, d.source, d.reference`);
  return sql`
WITH d AS (
  SELECT d.* FROM unnest(${uuids(companies)}) AS x(id)
   CROSS JOIN LATERAL (SELECT * FROM dealings d WHERE d.counterparty_organisation_id = x.id OFFSET 0) d
  UNION ALL
  SELECT d.* FROM unnest(${uuids(persons)}) AS x(id)
   CROSS JOIN LATERAL (SELECT * FROM dealings d WHERE d.counterparty_person_id = x.id OFFSET 0) d
)
SELECT ${columns}, o.name AS organisation_name, o.kind AS organisation_kind,
       p.full_name AS decided_by_name, p.declarant_id IS NOT NULL AS decided_by_declares
  FROM d
 CROSS JOIN LATERAL (SELECT * FROM legal_entities o WHERE o.id = d.organisation_id OFFSET 0) o
  LEFT JOIN LATERAL (
    SELECT * FROM persons p
     WHERE p.id = d.decided_by_person_id AND p.merged_into IS NULL OFFSET 0) p ON true`;
}

/** Names and kinds of these persons (merged ones left out) and organisations. */
export function nodesQuery(persons: Iterable<string>, organisations: Iterable<string>): SQL {
  return sql`
SELECT 'person' AS type, p.id, p.full_name AS name, NULL AS kind,
       p.declarant_id IS NOT NULL AS declares
  FROM unnest(${uuids(persons)}) AS x(id)
 CROSS JOIN LATERAL (SELECT * FROM persons p WHERE p.id = x.id AND p.merged_into IS NULL OFFSET 0) p
UNION ALL
SELECT 'organisation', o.id, o.name, o.kind, NULL
  FROM unnest(${uuids(organisations)}) AS x(id)
 CROSS JOIN LATERAL (SELECT * FROM legal_entities o WHERE o.id = x.id OFFSET 0) o`;
}
