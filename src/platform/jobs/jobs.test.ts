import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import {
  createTestPlatform,
  openTestDatabase,
  type TestPlatform,
} from '../testing/test-platform.ts';
import { claimNextJob, enqueueJob, getJob } from './queue.ts';
import { jobs } from './schema.ts';
import { startWorker } from './worker.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await migrate(database);
});
afterAll(() => database.close());

describe('job queue', () => {
  it('runs a job once and stores its result', async () => {
    const id = await enqueueJob(database.db, 'sum', { a: 2, b: 3 });
    const worker = startWorker(
      database.db,
      {
        sum: async (p) => (p as { a: number; b: number }).a + (p as { a: number; b: number }).b,
      },
      { pollMs: 60_000 },
    );
    await worker.drain();
    await worker.stop();
    expect(await getJob(database.db, id)).toMatchObject({ status: 'done', attempts: 1, result: 5 });
  });

  it('retries a failing job with backoff, then marks it failed with the error', async () => {
    const id = await enqueueJob(database.db, 'flaky', {}, { maxAttempts: 2 });
    const worker = startWorker(
      database.db,
      {
        flaky: async () => {
          throw new Error('registry down');
        },
      },
      { pollMs: 60_000 },
    );
    await worker.drain();
    let job = await getJob(database.db, id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'registry down' });
    expect(Date.parse(job.runAt)).toBeGreaterThan(Date.now());
    // Make the retry due now instead of waiting for the backoff.
    await database.db
      .update(jobs)
      .set({ runAt: new Date(0) })
      .where(eq(jobs.id, id));
    await worker.drain();
    await worker.stop();
    job = await getJob(database.db, id);
    expect(job).toMatchObject({ status: 'failed', attempts: 2, lastError: 'registry down' });
  });

  it('never hands the same job to two claimers', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(() => enqueueJob(database.db, 'race', {})));
    const claims = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => claimNextJob(database.db, ['race'])),
    );
    const claimed = claims.filter((c) => c !== null).map((c) => c!.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.every((c) => ids.includes(c))).toBe(true);
  });

  it('leaves kinds it has no handler for alone', async () => {
    await enqueueJob(database.db, 'someone-else', {});
    expect(await claimNextJob(database.db, ['sum'])).toBeNull();
  });
});

describe('jobs over HTTP', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  it('an admin starts an audit chain check and sees its status and result', async () => {
    const admin = await t.as(['admin']);
    const started = await t.request(admin, 'POST', '/api/admin/audit/verify');
    expect(started.statusCode).toBe(202);
    const { jobId } = started.json();
    expect((await t.request(admin, 'GET', `/api/admin/jobs/${jobId}`)).json().status).toBe(
      'queued',
    );
    const worker = startWorker(t.database.db, t.jobs, { pollMs: 60_000 });
    await worker.drain();
    await worker.stop();
    const job = (await t.request(admin, 'GET', `/api/admin/jobs/${jobId}`)).json();
    expect(job).toMatchObject({
      kind: 'audit.verify',
      status: 'done',
      result: { ok: true, firstBrokenId: null },
    });
    const list = (await t.request(admin, 'GET', '/api/admin/jobs?status=done')).json();
    expect(list.items.map((j: { id: string }) => j.id)).toContain(jobId);
    const audit = (
      await t.request(admin, 'GET', '/api/admin/audit?action=audit.verify_requested')
    ).json();
    expect(audit.items[0]).toMatchObject({ entityId: jobId, actorId: admin.userId });
    const actions = (await t.request(admin, 'GET', '/api/admin/audit/actions')).json().actions;
    expect(actions).toEqual(
      expect.arrayContaining(['audit.read', 'audit.verify_requested', 'seed.applied']),
    );
    expect([...actions].sort()).toEqual(actions);
  });
});
