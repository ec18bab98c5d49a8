import { asc } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import type { LogEntry, PublicKey, SignedHead } from '../engine/types.ts';
import { logRowPages } from '../log/pages.ts';
import { entryOfRow } from '../log/writer.ts';
import { allocationHeads, allocationKeys } from '../schema.ts';

/** The published data a verifier needs: every log entry, every signed head, every key. */
export async function loadPublished(db: Db) {
  const entries: LogEntry[] = [];
  for await (const rows of logRowPages(db)) for (const row of rows) entries.push(entryOfRow(row));
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
