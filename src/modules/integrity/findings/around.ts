import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { isOfficial } from '../graph/load.ts';

/**
 * The officials a change can affect: the changed persons themselves when they are officials,
 * officials linked to them person-to-person (family, friendship, association, subordination),
 * and, for a changed organisation, officials linked that way to anyone who runs or owns it.
 * Officials are as graph/load.ts defines them.
 */
export async function officialsAround(
  db: Db,
  changed: { persons?: readonly string[]; organisations?: readonly string[] },
): Promise<string[]> {
  const personIds = [...(changed.persons ?? [])];
  const organisationIds = [...(changed.organisations ?? [])];
  if (personIds.length === 0 && organisationIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
      WITH touched AS (
        SELECT unnest(${sql.param(personIds)}::uuid[]) AS id
        UNION
        SELECT r.from_person_id FROM relations r
         WHERE r.to_organisation_id = ANY(${sql.param(organisationIds)}::uuid[])
           AND r.kind IN ('director', 'founder', 'owner') AND r.from_person_id IS NOT NULL
        UNION
        SELECT d.counterparty_person_id FROM dealings d
         WHERE d.organisation_id = ANY(${sql.param(organisationIds)}::uuid[])
           AND d.counterparty_person_id IS NOT NULL
      ),
      near AS (
        SELECT id FROM touched
        UNION
        SELECT r.to_person_id FROM relations r JOIN touched t ON r.from_person_id = t.id
         WHERE r.to_person_id IS NOT NULL
        UNION
        SELECT r.from_person_id FROM relations r JOIN touched t ON r.to_person_id = t.id
         WHERE r.from_person_id IS NOT NULL
      )
      SELECT p.id FROM persons p JOIN near n ON n.id = p.id
       WHERE p.merged_into IS NULL AND ${isOfficial('p')}
       ORDER BY p.id`,
  );
  return rows.map((r) => r.id);
}
