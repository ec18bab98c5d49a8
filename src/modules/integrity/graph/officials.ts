import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';

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
       AND o.kind IN ('state_body', 'state_organisation')
    -- OFFSET 0 keeps this a per-person probe (two index lookups). Without it the planner hashes
    -- every state employee (100,000 rows) for each chunk of the keyset walk: 30x slower.
    OFFSET 0))`;

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
