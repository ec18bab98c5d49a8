import { and, like, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { relations } from '../schema.ts';

export type RelationRow = typeof relations.$inferInsert;

/**
 * Writes the relations one source record gives, and removes those it no longer gives (a corrected
 * declaration that drops a relative drops the edge). `keyPrefix` names the source record.
 */
export async function replaceRelations(
  db: Db,
  keyPrefix: string,
  rows: readonly RelationRow[],
): Promise<void> {
  for (const row of rows) {
    if (!row.key.startsWith(keyPrefix)) throw new Error(`relation ${row.key} outside ${keyPrefix}`);
  }
  const keys = rows.map((r) => r.key);
  await db
    .delete(relations)
    .where(
      and(
        like(relations.key, `${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`),
        keys.length > 0 ? notInArray(relations.key, keys) : undefined,
      ),
    );
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(relations)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: relations.key,
        set: {
          kind: sql`excluded.kind`,
          degree: sql`excluded.degree`,
          sharePercent: sql`excluded.share_percent`,
          role: sql`excluded.role`,
          head: sql`excluded.head`,
          fromPersonId: sql`excluded.from_person_id`,
          fromOrganisationId: sql`excluded.from_organisation_id`,
          toPersonId: sql`excluded.to_person_id`,
          toOrganisationId: sql`excluded.to_organisation_id`,
          validFrom: sql`excluded.valid_from`,
          validUntil: sql`excluded.valid_until`,
          sourceRef: sql`excluded.source_ref`,
        },
      });
  }
}
