import { and, asc, count, desc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { fetchPage } from '../db/paging.ts';
import { type ChainBreak, checkChain, entryHash, GENESIS_HASH } from './chain.ts';
import { auditLog } from './schema.ts';

/** Who did it: a signed-in account, or the system itself (seed, jobs, CLI). */
export interface Actor {
  id: string | null;
  name: string;
  ip?: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Before/after or what was read; never secrets such as password hashes. */
  details?: Record<string, unknown>;
}

// Appends are serialised so that two writers never chain onto the same previous entry.
const AUDIT_LOCK_KEY = 727_001;

/**
 * Appends an entry. Call it inside the transaction that makes the change, so that the change
 * and its record are written together or not at all.
 */
export async function recordAudit(tx: Db, actor: Actor, event: AuditEvent): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  const entry = {
    // Round-tripped through JSON so the hash covers exactly what jsonb will give back.
    details: JSON.parse(JSON.stringify(event.details ?? {})) as unknown,
    at: new Date(),
    actorId: actor.id,
    actorName: actor.name,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    ip: actor.ip ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...entry, hash: entryHash(entry) });
}

/** Appends an entry on its own, for events with no change to go with (reads, sign-outs). */
export function recordAuditNow(db: Db, actor: Actor, event: AuditEvent): Promise<void> {
  return db.transaction((tx) => recordAudit(tx, actor, event));
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: ChainBreak['reason'] | null;
}

/** Recomputes the whole chain page by page (never the whole table in memory). */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, afterId))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    if (page.length === 0) return { ok: true, checked, firstBrokenId: null, reason: null };
    const { broken, lastHash } = checkChain(page, prev);
    if (broken) {
      const before = page.findIndex((e) => e.id === broken.id);
      return {
        ok: false,
        checked: checked + before,
        firstBrokenId: String(broken.id),
        reason: broken.reason,
      };
    }
    checked += page.length;
    prev = lastHash;
    afterId = page[page.length - 1]!.id;
  }
}

export async function listAudit(
  db: Db,
  opts: {
    page: number;
    pageSize: number;
    action?: string | undefined;
    entityType?: string | undefined;
  },
) {
  const filters: SQL[] = [];
  if (opts.action) filters.push(eq(auditLog.action, opts.action));
  if (opts.entityType) filters.push(eq(auditLog.entityType, opts.entityType));
  const where = filters.length ? and(...filters) : undefined;
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(auditLog)
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(auditLog).where(where),
    (r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      details: r.details,
      ip: r.ip,
    }),
  );
}

/** The actions that occur in the log, for the audit page's filter. */
export async function listAuditActions(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}
