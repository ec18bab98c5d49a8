import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { assemble } from './platform/assemble.ts';
import { purgeExpiredSessions } from './platform/auth/sessions.ts';
import { type Config, loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import { buildApp } from './platform/http/app.ts';
import { enqueueUnlessPending } from './platform/jobs/queue.ts';
import { startWorker } from './platform/jobs/worker.ts';
import { seedAll } from './platform/seed.ts';

export interface PlatformOptions {
  port?: number;
  host?: string;
  /** PGlite directory; undefined (and no databaseUrl) keeps the database in memory. */
  dataDir?: string;
  databaseUrl?: string;
  seed?: boolean;
  quiet?: boolean;
  config?: Partial<Config>;
}

export interface RunningPlatform {
  url: string;
  app: FastifyInstance;
  seedReport: string[];
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds, serves HTTP and runs the job worker. */
export async function startPlatform(opts: PlatformOptions = {}): Promise<RunningPlatform> {
  const config: Config = {
    ...loadConfig({}),
    logLevel: opts.quiet ? 'silent' : 'info',
    ...opts.config,
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    databaseUrl: opts.databaseUrl,
  };
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    await migrate(database);
    const { modules, jobs, schedules } = assemble();
    const seedReport =
      opts.seed === false ? [] : await seedAll(database.db, modules, { demo: config.demoData });
    // Fresh statistics after a load: PGlite has no autovacuum to gather them on its own.
    if (seedReport.length > 0) await database.db.execute(sql`ANALYZE`);
    const app = await buildApp({ database, config, modules });
    const worker = startWorker(database.db, jobs, {
      log: (msg, err) => app.log.error({ err }, msg),
    });
    app.jobWorker = worker;
    const purge = () =>
      purgeExpiredSessions(database.db).catch((err) =>
        app.log.error({ err }, 'session purge failed'),
      );
    const purgeTimer = setInterval(purge, 3600_000).unref();
    // Scheduled checks: first run shortly after start, then at their interval.
    const scheduleTimers = schedules.map(({ kind, everyMs }) => {
      const run = () =>
        enqueueUnlessPending(database.db, kind)
          .then((id) => (id ? worker.drain() : 0))
          .catch((err) => app.log.error({ err }, `scheduling ${kind} failed`));
      return [setTimeout(run, 5_000).unref(), setInterval(run, everyMs).unref()];
    });
    await app.listen({ port: config.port, host: config.host });
    const port = (app.server.address() as { port: number }).port;
    return {
      url: `http://localhost:${port}`,
      app,
      seedReport,
      close: async () => {
        clearInterval(purgeTimer);
        for (const [first, every] of scheduleTimers) {
          clearTimeout(first);
          clearInterval(every);
        }
        await worker.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
