import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { LogEntry, PublicKey, SignedHead } from '../engine/types.ts';
import { entryOfRow } from '../log/writer.ts';
import { allocationHeads, allocationKeys, allocationLog } from '../schema.ts';

/** The published data a verifier needs: every log entry, every signed head, every key. */
export async function loadPublished(db: Db) {
  const entries: LogEntry[] = [];
  for (let after = 0; ; ) {
    const rows = await db
      .select()
      .from(allocationLog)
      .where(gt(allocationLog.seq, after))
      .orderBy(asc(allocationLog.seq))
      .limit(20_000);
    for (const row of rows) entries.push(entryOfRow(row));
    if (rows.length < 20_000) break;
    after = rows.at(-1)!.seq;
  }
  const heads: SignedHead[] = (
    await db.select().from(allocationHeads).orderBy(asc(allocationHeads.day))
  ).map((h) => ({
    day: h.day,
    lastSeq: h.lastSeq,
    headHash: h.headHash,
    keyId: h.keyId,
    signature: h.signature,
  }));
  const keys: PublicKey[] = (await db.select().from(allocationKeys)).map((k) => ({
    keyId: k.keyId,
    publicKey: k.publicKey,
  }));
  return { entries, heads, keys };
}
