import { asc, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { entryOfRow } from '../log/writer.ts';
import { allocationHeads, allocationKeys, allocationLog } from '../schema.ts';

/**
 * A page of the published log after a sequence number, with the signed heads of its days and
 * the public keys: everything an independent verifier downloads.
 */
export async function logPage(db: Db, afterSeq: number, limit: number) {
  const rows = await db
    .select()
    .from(allocationLog)
    .where(gt(allocationLog.seq, afterSeq))
    .orderBy(asc(allocationLog.seq))
    .limit(limit);
  const entries = rows.map(entryOfRow);
  const days = [...new Set(entries.map((e) => e.day))];
  const heads = days.length
    ? await db
        .select()
        .from(allocationHeads)
        .where(inArray(allocationHeads.day, days))
        .orderBy(asc(allocationHeads.day))
    : [];
  const keys = await db.select().from(allocationKeys);
  return {
    entries,
    heads: heads.map((h) => ({
      day: h.day,
      lastSeq: h.lastSeq,
      headHash: h.headHash,
      keyId: h.keyId,
      signature: h.signature,
    })),
    keys: keys.map((k) => ({ keyId: k.keyId, publicKey: k.publicKey })),
    lastSeq: entries.at(-1)?.seq ?? afterSeq,
    complete: entries.length < limit,
  };
}
