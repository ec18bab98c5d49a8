import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import type { DeclarationForCheck } from '../checks/types.ts';
import type { SubmittedContent } from '../submitted.ts';

/** A submitted declaration with the same declarant's one for the year before, as the checks read them. */
export interface CheckRow {
  declaration: DeclarationForCheck;
  version: number;
  previous: DeclarationForCheck | null;
}

interface RawRow {
  id: string;
  year: number;
  version: number;
  pin: string;
  content: SubmittedContent;
  prev_id: string | null;
  prev_content: SubmittedContent | null;
}

/**
 * One set-based read: each declaration's latest version, its declarant's PIN and the latest
 * version of the previous year's declaration. Either by ids, or the next `limit` submitted
 * declarations after `afterId` (the nightly re-check's keyset walk).
 *
 * The batch's declarations are chosen first, in a subquery: joined directly under the LIMIT, the
 * planner merge-joined the versions' primary key from its first entry, so each batch of the walk
 * read every version before it (the nightly run grew with the square of the declarations).
 */
export async function readCheckRows(
  db: Db,
  which: { ids: readonly string[] } | { afterId: string | null; limit: number },
): Promise<CheckRow[]> {
  const filter =
    'ids' in which
      ? sql`id = ANY(${sql.param([...which.ids])}::uuid[])`
      : which.afterId
        ? sql`version > 0 AND id > ${which.afterId}::uuid`
        : sql`version > 0`;
  const limit = 'ids' in which ? sql`` : sql`ORDER BY id LIMIT ${which.limit}`;
  const rows = await queryRows<RawRow>(
    db,
    sql`
    SELECT d.id, d.year, d.version, p.pin, v.content, pd.id AS prev_id, pv.content AS prev_content
    FROM (SELECT id, declarant_id, year, version FROM declarations WHERE ${filter} ${limit}) d
    JOIN declarants p ON p.id = d.declarant_id
    JOIN declaration_versions v ON v.declaration_id = d.id AND v.version = d.version
    LEFT JOIN declarations pd ON pd.declarant_id = d.declarant_id AND pd.year = d.year - 1 AND pd.version > 0
    LEFT JOIN declaration_versions pv ON pv.declaration_id = pd.id AND pv.version = pd.version
    ORDER BY d.id`,
  );
  return rows.map((r) => ({
    version: r.version,
    declaration: { id: r.id, year: r.year, declarantPin: r.pin, content: r.content },
    previous:
      r.prev_id && r.prev_content
        ? { id: r.prev_id, year: r.year - 1, declarantPin: r.pin, content: r.prev_content }
        : null,
  }));
}

/** The PINs whose registry records a batch's checks compare with: declarants and relatives. */
export function pinsOf(rows: readonly CheckRow[]): string[] {
  const pins = new Set<string>();
  for (const row of rows) {
    pins.add(row.declaration.declarantPin);
    for (const r of row.declaration.content.relatives) if (r.pin) pins.add(r.pin);
  }
  return [...pins];
}
