import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { allocationLog } from '../schema.ts';

export type LogRow = typeof allocationLog.$inferSelect;

/** The log after a sequence number, page by page in order (never the whole log at once). */
export async function* logRowPages(
  db: Db,
  afterSeq = 0,
  pageSize = 10_000,
): AsyncGenerator<LogRow[]> {
  for (let after = afterSeq; ; ) {
    const rows = await db
      .select()
      .from(allocationLog)
      .where(gt(allocationLog.seq, after))
      .orderBy(asc(allocationLog.seq))
      .limit(pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.seq;
  }
}
