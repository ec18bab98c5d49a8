import type { SQL } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.ts';
import type { Row } from './registry.ts';

/**
 * A dataset's rows page by page, each page continuing after the cursor of the last row of the one
 * before (keyset paging): never the whole table at once, and stable while rows are added. A page
 * shorter than pageSize is the last one.
 */
export async function* keysetPages<R, C>(opts: {
  first: C;
  pageSize: number;
  fetch: (after: C, limit: number) => Promise<R[]>;
  cursorOf: (last: R) => C;
  toRow: (row: R) => Row;
}): AsyncGenerator<Row[]> {
  let after = opts.first;
  for (;;) {
    const rows = await opts.fetch(after, opts.pageSize);
    if (rows.length === 0) return;
    yield rows.map(opts.toRow);
    if (rows.length < opts.pageSize) return;
    after = opts.cursorOf(rows.at(-1)!);
  }
}

/** A dataset's last change from a query answering one row with one timestamp column `at`. */
export async function lastChange(db: Db, query: SQL): Promise<Date | null> {
  const [row] = await queryRows<{ at: Date | string | null }>(db, query);
  return row?.at ? new Date(row.at) : null;
}
