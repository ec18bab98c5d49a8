// The detection rules written as one SQL statement over the whole database: what a team without
// a graph engine would write, and the baseline the full detection pass is measured against. It
// gives the same findings by the same rules (one row per finding, the units the engine counts),
// without paths: rule and official, which is enough to count and compare.
import { sql } from 'drizzle-orm';
import type { DetectionSettings } from '../../src/modules/integrity/detection/types.ts';
import { type Db, queryRows } from '../../src/platform/db/client.ts';

export interface JoinRow {
  rule: string;
  official_id: string;
}

const from = (alias: string) => `coalesce(${alias}.valid_from, '-infinity'::date)`;
const until = (alias: string) => `coalesce(${alias}.valid_until, 'infinity'::date)`;

export async function conflictsByJoin(db: Db, settings: DetectionSettings): Promise<JoinRow[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(settings.asOf)) throw new Error(`bad asOf ${settings.asOf}`);
  /** The edges held together at some time that began by asOf. */
  const together = (...aliases: string[]) => {
    const start = `GREATEST(${aliases.map(from).join(', ')})`;
    return sql.raw(
      `${start} <= LEAST(${aliases.map(until).join(', ')}) AND ${start} <= '${settings.asOf}'::date`,
    );
  };
  const within = (day: string, alias: string) =>
    sql.raw(`${day} BETWEEN ${from(alias)} AND ${until(alias)}`);
  return queryRows<JoinRow>(
    db,
    sql`
WITH official AS (
  SELECT p.id FROM persons p
   WHERE p.merged_into IS NULL AND (p.declarant_id IS NOT NULL OR EXISTS (
     SELECT 1 FROM relations e JOIN legal_entities o ON o.id = e.to_organisation_id
      WHERE e.from_person_id = p.id AND e.kind = 'employment'
        AND o.kind IN ('state_body', 'state_organisation')))
),
degree AS (
  SELECT r.*, CASE WHEN r.degree IN ('spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild',
    'parent_in_law', 'child_in_law', 'sibling_in_law') THEN r.degree ELSE 'other' END AS d
    FROM relations r WHERE r.kind = 'family'
),
family AS (
  -- Close relatives read from the official's end: a stored edge from the relative is inverted.
  SELECT r.from_person_id AS official, r.to_person_id AS relative, r.valid_from, r.valid_until
    FROM degree r JOIN official o ON o.id = r.from_person_id
   WHERE r.d = ANY(${sql.param([...settings.closeDegrees])}::text[])
  UNION ALL
  SELECT r.to_person_id, r.from_person_id, r.valid_from, r.valid_until
    FROM degree r JOIN official o ON o.id = r.to_person_id
   WHERE (CASE r.d WHEN 'parent' THEN 'child' WHEN 'child' THEN 'parent' WHEN 'grandparent' THEN 'grandchild'
            WHEN 'grandchild' THEN 'grandparent' WHEN 'parent_in_law' THEN 'child_in_law'
            WHEN 'child_in_law' THEN 'parent_in_law' ELSE r.d END) = ANY(${sql.param([...settings.closeDegrees])}::text[])
),
party AS (
  SELECT o.id AS official, o.id AS party, NULL::date AS valid_from, NULL::date AS valid_until FROM official o
  UNION ALL SELECT official, relative, valid_from, valid_until FROM family
),
unit AS (
  SELECT DISTINCT pa.official, d.id AS dealing, pa.party, r.to_organisation_id AS company,
         d.organisation_id, d.decided_by_person_id, d.dealt_on
    FROM party pa
    JOIN relations r ON r.from_person_id = pa.party AND r.kind IN ('director', 'founder', 'owner')
    JOIN legal_entities c ON c.id = r.to_organisation_id AND c.kind = 'company'
    JOIN dealings d ON d.counterparty_organisation_id = r.to_organisation_id
   WHERE ${within('d.dealt_on', 'pa')} AND ${within('d.dealt_on', 'r')}
  UNION
  SELECT pa.official, d.id, pa.party, NULL, d.organisation_id, d.decided_by_person_id, d.dealt_on
    FROM party pa JOIN dealings d ON d.counterparty_person_id = pa.party
   WHERE ${within('d.dealt_on', 'pa')}
)
SELECT CASE WHEN u.decided_by_person_id = u.official THEN 'decided_related_party'
            ELSE 'agency_deals_with_related_party' END AS rule, u.official AS official_id
  FROM unit u
 WHERE u.decided_by_person_id = u.official OR EXISTS (
   SELECT 1 FROM relations e
    WHERE e.kind = 'employment' AND e.from_person_id = u.official
      AND e.to_organisation_id = u.organisation_id
      AND ${within('u.dealt_on', 'e')})
UNION ALL
SELECT DISTINCT ON (f.official, s.id) 'relative_subordinate', f.official
  FROM family f
  JOIN relations s ON s.kind = 'subordination' AND s.from_person_id = f.relative AND s.to_person_id = f.official
 WHERE ${together('f', 's')}
UNION ALL
SELECT DISTINCT ON (f.official, w.id, h.id) 'relative_subordinate', f.official
  FROM family f
  JOIN relations w ON w.kind = 'employment' AND w.from_person_id = f.relative
  JOIN relations h ON h.kind = 'employment' AND h.head AND h.from_person_id = f.official
                  AND h.to_organisation_id = w.to_organisation_id
  JOIN legal_entities x ON x.id = h.to_organisation_id AND x.kind <> 'company'
 WHERE ${together('f', 'w', 'h')}
UNION ALL
SELECT 'incompatible_posts', o.id
  FROM official o
  JOIN relations e ON e.kind = 'employment' AND e.from_person_id = o.id
  JOIN legal_entities eo ON eo.id = e.to_organisation_id AND eo.kind IN ('state_body', 'state_organisation')
  JOIN relations d ON d.kind = 'director' AND d.from_person_id = o.id
  JOIN legal_entities c ON c.id = d.to_organisation_id AND c.kind = 'company'
 WHERE ${together('e', 'd')}
UNION ALL
SELECT 'incompatible_posts', o.id
  FROM official o
  JOIN relations a ON a.kind = 'employment' AND a.from_person_id = o.id
  JOIN legal_entities ao ON ao.id = a.to_organisation_id AND ao.kind = 'state_body'
  JOIN relations b ON b.kind = 'employment' AND b.from_person_id = o.id AND b.id > a.id
                  AND b.to_organisation_id <> a.to_organisation_id
  JOIN legal_entities bo ON bo.id = b.to_organisation_id AND bo.kind = 'state_body'
 WHERE ${together('a', 'b')}`,
  );
}
