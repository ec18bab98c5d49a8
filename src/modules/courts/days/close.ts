import { and, asc, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { headMessage } from '../engine/chain.ts';
import { addDays, bishkekDay } from '../engine/days.ts';
import { commitmentOf } from '../engine/selection.ts';
import type { Day } from '../engine/types.ts';
import { type AllocationKey, currentAllocationKey } from '../keys/signing-key.ts';
import { type LogWriter, withAllocationLog } from '../log/writer.ts';
import { nodeCrypto } from '../node-crypto.ts';
import { allocationHeads, allocationKeys, allocationLog } from '../schema.ts';

/** Seeds are committed this many days ahead, so a commitment is public well before its day. */
export const COMMIT_AHEAD_DAYS = 2;

/** Logs the commitment of a day's seed unless it is already logged. */
export function commitSeed(log: LogWriter, key: AllocationKey, day: Day, at?: Date) {
  if (log.ledger.commitments.has(day)) return;
  log.append(
    { kind: 'seed-commit', day, commitment: commitmentOf(nodeCrypto, key.seedOf(day)) },
    at,
  );
}

/** Logs the seeds of every committed day that has closed and is not yet revealed. */
export function revealSeeds(log: LogWriter, key: AllocationKey, today: Day, at?: Date): Day[] {
  const due = [...log.ledger.commitments.keys()]
    .filter((day) => day < today && !log.ledger.seeds.has(day))
    .sort();
  for (const day of due) log.append({ kind: 'seed-reveal', day, seed: key.seedOf(day) }, at);
  return due;
}

/** Signs the head of every closed day that has entries and no signed head yet. */
export async function signHeads(db: Db, key: AllocationKey, today: Day): Promise<Day[]> {
  await db
    .insert(allocationKeys)
    .values({ keyId: key.keyId, publicKey: key.publicKey })
    .onConflictDoNothing();
  const signed = db.select({ day: allocationHeads.day }).from(allocationHeads);
  const days = await db
    .select({ day: allocationLog.day, lastSeq: sql<number>`max(${allocationLog.seq})::bigint` })
    .from(allocationLog)
    .where(and(lt(allocationLog.day, today), notInArray(allocationLog.day, signed)))
    .groupBy(allocationLog.day)
    .orderBy(asc(allocationLog.day));
  for (const { day, lastSeq } of days) {
    const [last] = await db
      .select({ hash: allocationLog.hash })
      .from(allocationLog)
      .where(sql`${allocationLog.seq} = ${Number(lastSeq)}`);
    const head = { day, lastSeq: Number(lastSeq), headHash: last!.hash, keyId: key.keyId };
    await db
      .insert(allocationHeads)
      .values({ ...head, signature: key.sign(headMessage(head)) })
      .onConflictDoNothing();
  }
  return days.map((d) => d.day);
}

/**
 * The day's turn, run by the scheduler (and safe to run any time): commit the seeds of the next
 * days, reveal the seeds of the days that have closed, and sign their heads.
 */
export async function closeDays(db: Db, now: Date = new Date(), key = currentAllocationKey()) {
  const today = bishkekDay(now);
  const revealed = await withAllocationLog(db, async (log) => {
    for (let ahead = 0; ahead <= COMMIT_AHEAD_DAYS; ahead++)
      commitSeed(log, key, addDays(today, ahead), now);
    return revealSeeds(log, key, today, now);
  });
  const signed = await signHeads(db, key, today);
  return { revealed, signed };
}
