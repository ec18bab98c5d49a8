// Set-based inserts for the benchmark fill: each batch's rows go as one JSON parameter through
// jsonb_to_recordset, thousands of rows per statement instead of a statement per row.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/client.ts';

/** Column name and SQL type, in the table's terms. */
export type Columns = readonly (readonly [string, string])[];

/** Rows per statement: a few megabytes of JSON at most. */
const BATCH = 2000;

/** Bigints (registry prices in tyiyn) travel as strings and are cast back by the column type. */
const json = (rows: readonly object[]) =>
  JSON.stringify(rows, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));

export async function insertRows(
  db: Db,
  table: string,
  columns: Columns,
  rows: readonly object[],
): Promise<void> {
  const names = columns.map(([name]) => name).join(', ');
  const shape = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.execute(sql`
      INSERT INTO ${sql.raw(table)} (${sql.raw(names)})
      SELECT ${sql.raw(names)}
      FROM jsonb_to_recordset(${json(rows.slice(i, i + BATCH))}::jsonb) AS r(${sql.raw(shape)})`);
  }
}
