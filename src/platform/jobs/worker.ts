import type { Db } from '../db/client.ts';
import { claimNextJob, completeJob, failJob, type JobHandler, requeueStaleJobs } from './queue.ts';

export interface Worker {
  /** Runs every due job now, one after another; resolves when the queue has none left. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls the jobs table and runs due jobs with their handlers. One worker per process; several
 * processes on one PostgreSQL server share the queue safely.
 */
export function startWorker(
  db: Db,
  handlers: Readonly<Record<string, JobHandler>>,
  opts: { pollMs?: number; log?: (msg: string, err?: unknown) => void } = {},
): Worker {
  const kinds = Object.keys(handlers);
  const pollMs = opts.pollMs ?? 1000;
  let stopped = false;
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const runOne = async (): Promise<boolean> => {
    const job = await claimNextJob(db, kinds);
    if (!job) return false;
    try {
      const result = await handlers[job.kind]!(job.payload, {
        db,
        jobId: job.id,
        createdBy: job.createdBy,
      });
      await completeJob(db, job.id, result);
    } catch (err) {
      opts.log?.(`job ${job.kind} ${job.id} failed (attempt ${job.attempts})`, err);
      await failJob(db, job, err);
    }
    return true;
  };

  const drain = (): Promise<number> => {
    if (running) return running;
    running = (async () => {
      let done = 0;
      try {
        while (!stopped && (await runOne())) done++;
      } finally {
        running = null;
      }
      return done;
    })();
    return running;
  };

  const tick = async () => {
    try {
      await drain();
    } catch (err) {
      opts.log?.('job worker poll failed', err);
    }
    if (!stopped) timer = setTimeout(tick, pollMs);
  };

  void requeueStaleJobs(db, 10 * 60_000)
    .catch((err) => opts.log?.('requeue of stale jobs failed', err))
    .then(() => {
      if (!stopped) timer = setTimeout(tick, 0);
    });

  return {
    drain,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
