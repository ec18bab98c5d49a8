import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { fetchPage } from '../db/paging.ts';
import { notFound } from '../http/errors.ts';
import { type JobStatus, jobs } from './schema.ts';

export interface JobContext {
  db: Db;
  jobId: string;
  createdBy: string | null;
}

/** Does the work of one job kind; what it returns is stored as the job's result. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<unknown>;

export type Job = typeof jobs.$inferSelect;

export async function enqueueJob(
  db: Db,
  kind: string,
  payload: unknown,
  opts: { createdBy?: string | null; maxAttempts?: number; runAt?: Date } = {},
): Promise<string> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind,
      payload: payload ?? {},
      createdBy: opts.createdBy ?? null,
      maxAttempts: opts.maxAttempts ?? 3,
      runAt: opts.runAt ?? new Date(),
    })
    .returning({ id: jobs.id });
  return row!.id;
}

/** Enqueues a job of this kind unless one is already waiting or running (for scheduled checks). */
export async function enqueueUnlessPending(db: Db, kind: string): Promise<string | null> {
  const [pending] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), sql`${jobs.status} IN ('queued', 'running')`))
    .limit(1);
  if (pending) return null;
  return enqueueJob(db, kind, {}, { maxAttempts: 3 });
}

/**
 * Takes the next due job, marking it running. FOR UPDATE SKIP LOCKED lets several workers (on a
 * PostgreSQL server) share the table without taking the same job; on PGlite it is the same SQL.
 */
export async function claimNextJob(db: Db, kinds: readonly string[]): Promise<Job | null> {
  if (kinds.length === 0) return null;
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          eq(jobs.status, 'queued'),
          sql`${jobs.runAt} <= now()`,
          sql`${jobs.kind} IN (${sql.join(
            kinds.map((k) => sql`${k}`),
            sql`, `,
          )})`,
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return null;
    const [claimed] = await tx
      .update(jobs)
      .set({
        status: 'running',
        attempts: sql`${jobs.attempts} + 1`,
        lockedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(jobs.id, next.id))
      .returning();
    return claimed ?? null;
  });
}

export async function completeJob(db: Db, id: string, result: unknown): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: 'done',
      result: result ?? null,
      lockedAt: null,
      lastError: null,
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, id));
}

/** A failed attempt: queued again with exponential backoff, or failed for good after the last one. */
export async function failJob(db: Db, job: Job, error: unknown, baseDelayMs = 1000): Promise<void> {
  const lastError = error instanceof Error ? error.message : String(error);
  const finalAttempt = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set({
      status: finalAttempt ? 'failed' : 'queued',
      lastError: lastError.slice(0, 2000),
      lockedAt: null,
      runAt: finalAttempt
        ? job.runAt
        : new Date(Date.now() + baseDelayMs * 2 ** (job.attempts - 1)),
      updatedAt: new Date(),
    })
    .where(eq(jobs.id, job.id));
}

/** Jobs left running by a process that died are put back in the queue. */
export async function requeueStaleJobs(db: Db, olderThanMs: number): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const rows = await db
    .update(jobs)
    .set({ status: 'queued', lockedAt: null, updatedAt: new Date() })
    .where(and(eq(jobs.status, 'running'), sql`${jobs.lockedAt} < ${cutoff}`))
    .returning({ id: jobs.id });
  return rows.length;
}

export function toJobView(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    lastError: job.lastError,
    result: job.result ?? null,
    runAt: job.runAt.toISOString(),
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

export async function getJob(db: Db, id: string) {
  const [job] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!job) throw notFound({ job: id });
  return toJobView(job);
}

export async function listJobs(
  db: Db,
  opts: {
    status?: JobStatus | undefined;
    kind?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const filters: SQL[] = [];
  if (opts.status) filters.push(eq(jobs.status, opts.status));
  if (opts.kind) filters.push(eq(jobs.kind, opts.kind));
  const where = filters.length ? and(...filters) : undefined;
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(jobs)
        .where(where)
        .orderBy(desc(jobs.createdAt), desc(jobs.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(jobs).where(where),
    toJobView,
  );
}
