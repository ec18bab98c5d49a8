import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { entryHash } from '../engine/chain.ts';
import { bishkekDay } from '../engine/days.ts';
import { Ledger } from '../engine/ledger.ts';
import type { LogEntry, LogPayload } from '../engine/types.ts';
import { nodeCrypto } from '../node-crypto.ts';
import { allocationLog } from '../schema.ts';
import { logRowPages } from './pages.ts';

// Appends are serialised so that two writers never chain onto the same previous entry.
const ALLOCATION_LOCK_KEY = 727_017;

/** One ledger per database, kept up to date from the log under the lock. */
const ledgers = new WeakMap<Db, Ledger>();

export function entryOfRow(row: typeof allocationLog.$inferSelect): LogEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    day: row.day,
    payload: row.payload,
    prev: row.prevHash,
    hash: row.hash,
  };
}

/** Applies the entries logged since the ledger was last read (by this or another process). */
async function caughtUp(root: Db, tx: Db): Promise<Ledger> {
  let ledger = ledgers.get(root) ?? new Ledger();
  if (ledger.seq > 0) {
    const [at] = await tx
      .select({ hash: allocationLog.hash })
      .from(allocationLog)
      .where(eq(allocationLog.seq, ledger.seq));
    if (at?.hash !== ledger.head) ledger = new Ledger();
  }
  for await (const rows of logRowPages(tx, ledger.seq))
    for (const row of rows) ledger.apply(entryOfRow(row));
  ledgers.set(root, ledger);
  return ledger;
}

/** One UPDATE of many cases' allocation columns from a VALUES list. */
export function caseUpdateStatement(table: string, updates: readonly CaseAllocationUpdate[]) {
  const values = sql.join(
    updates.map(
      (u) =>
        sql`(${u.caseId}::uuid, ${u.judgeId}::uuid, ${u.allocatedAt?.toISOString() ?? null}::timestamptz, ${u.reason}, ${u.seq}::bigint)`,
    ),
    sql`, `,
  );
  // A failed allocation leaves the judge and the allocation time as they were.
  return sql`UPDATE ${sql.identifier(table)} AS c SET
      judge_id = COALESCE(v.judge_id, c.judge_id), allocated_at = COALESCE(v.allocated_at, c.allocated_at),
      last_reason = v.reason, allocation_seq = v.seq
    FROM (VALUES ${values}) AS v(id, judge_id, allocated_at, reason, seq) WHERE c.id = v.id`;
}

/** What a payload is about, repeated in columns for the indexes. */
function columnsOf(payload: LogPayload) {
  const p = payload as Partial<Record<'court' | 'case' | 'judge', string>>;
  return { courtId: p.court ?? null, caseId: p.case ?? null, judgeId: p.judge || null };
}

export interface CaseAllocationUpdate {
  caseId: string;
  judgeId: string | null;
  allocatedAt: Date | null;
  reason: string;
  seq: number;
}

export class LogWriter {
  private readonly rows: Array<typeof allocationLog.$inferInsert> = [];
  private readonly caseUpdates: CaseAllocationUpdate[] = [];

  constructor(
    readonly tx: Db,
    readonly ledger: Ledger,
  ) {}

  /** Chains an entry onto the log and into the ledger; written at flush, in the same transaction. */
  append(payload: LogPayload, at: Date = new Date()): LogEntry {
    const body = {
      seq: this.ledger.seq + 1,
      at: at.toISOString(),
      day: bishkekDay(at),
      payload,
      prev: this.ledger.head,
    };
    const entry: LogEntry = { ...body, hash: entryHash(nodeCrypto, body) };
    this.ledger.apply(entry);
    this.rows.push({
      seq: entry.seq,
      at,
      day: entry.day,
      kind: payload.kind,
      ...columnsOf(payload),
      payload,
      prevHash: entry.prev,
      hash: entry.hash,
    });
    return entry;
  }

  /**
   * The case register's copy of an allocation, written at flush with the log rows (one
   * statement per thousand cases): nothing in the transaction reads it back before then.
   */
  updateCase(update: CaseAllocationUpdate) {
    this.caseUpdates.push(update);
  }

  async flush() {
    for (let i = 0; i < this.rows.length; i += 1000)
      await this.tx.insert(allocationLog).values(this.rows.slice(i, i + 1000));
    this.rows.length = 0;
    for (let i = 0; i < this.caseUpdates.length; i += 1000)
      await this.tx.execute(
        caseUpdateStatement('court_cases', this.caseUpdates.slice(i, i + 1000)),
      );
    this.caseUpdates.length = 0;
  }
}

/**
 * Runs `work` with the log locked and the ledger caught up, inside one transaction: the
 * entries it appends and the projections it writes commit together or not at all. Any failure
 * drops the cached ledger, which may hold entries that were rolled back.
 */
export async function withAllocationLog<T>(
  db: Db,
  work: (log: LogWriter) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${ALLOCATION_LOCK_KEY})`);
      const log = new LogWriter(tx, await caughtUp(db, tx));
      const result = await work(log);
      await log.flush();
      return result;
    });
  } catch (error) {
    ledgers.delete(db);
    throw error;
  }
}
