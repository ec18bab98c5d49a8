// Part 1: N concurrent encrypted intakes (POST /api/reporting/reports through the app, each with
// its own ~1 MB photo) against N concurrent plain inserts of the same payloads (title, text, photo
// bytes) into a scratch table of the same database, in the same process and the same run.
// Proofs of work are solved before timing: they are the client's cost, not intake's.
// ratio = intake / plain insert, target at most 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { reportingSecrets } from '../../src/modules/reporting/crypto/installation-secret.ts';
import { solveChallenge } from '../../src/modules/reporting/crypto/proof-of-work.ts';
import { assemble } from '../../src/platform/assemble.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { type Db, openDatabase, queryRows } from '../../src/platform/db/client.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { seedAll } from '../../src/platform/seed.ts';
import { finish } from './finish.ts';
import { mib, withPeakRss } from './memory.ts';
import { megabytes, noisePhoto } from './photo.ts';
import { measureSteps } from './steps.ts';
import { multipartBody, reportJson } from './submission.ts';

const progress = (what: string) => process.stderr.write(`  ${what}\n`);

export interface IntakeFigures {
  count: number;
  intakeMs: number;
  plainMs: number;
  ratio: number;
}

async function solvedChallenges(app: FastifyInstance, count: number) {
  const out: Array<{ challenge: string; nonce: string }> = [];
  for (let i = 0; i < count; i++) {
    const res = await app.inject({ method: 'GET', url: '/api/reporting/challenge' });
    if (res.statusCode !== 200)
      throw new Error(`GET /api/reporting/challenge: ${res.statusCode} ${res.body}`);
    const { challenge, difficulty } = res.json() as { challenge: string; difficulty: number };
    out.push({ challenge, nonce: solveChallenge(challenge, difficulty) });
  }
  return out;
}

/** Builds every request body first, then sends them all at once; all must be 201. */
async function intake(app: FastifyInstance, photos: Buffer[], from: number) {
  const count = photos.length;
  const solved = await solvedChallenges(app, count);
  const bodies = solved.map((s, i) =>
    multipartBody(reportJson(from + i), s.challenge, s.nonce, {
      name: `IMG_2026031${from + i}.jpg`,
      bytes: photos[i]!,
    }),
  );
  const t0 = performance.now();
  const answers = await Promise.all(
    bodies.map((b) => app.inject({ method: 'POST', url: '/api/reporting/reports', ...b })),
  );
  const ms = performance.now() - t0;
  const failed = answers.filter((a) => a.statusCode !== 201);
  if (failed.length > 0)
    throw new Error(
      `${failed.length} of ${count} submissions were not accepted; first: ${failed[0]!.statusCode} ${failed[0]!.body.slice(0, 300)}`,
    );
  const first = answers[0]!.json() as { attachments: Array<{ size: number; removed: string[] }> };
  return { ms, stored: first.attachments[0]! };
}

async function plainInserts(db: Db, photos: Buffer[], from: number) {
  const t0 = performance.now();
  await Promise.all(
    photos.map((photo, i) => {
      const report = JSON.parse(reportJson(from + i)) as { title: string; text: string };
      return db.execute(
        sql`INSERT INTO bench_plain_reports (title, text, attachment) VALUES (${report.title}, ${report.text}, ${photo})`,
      );
    }),
  );
  return performance.now() - t0;
}

async function storedCounts(db: Db) {
  const [counts] = await queryRows<{ reports: number; attachments: number; plain: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM reports) AS reports,
               (SELECT count(*)::int FROM report_attachments) AS attachments,
               (SELECT count(*)::int FROM bench_plain_reports) AS plain`,
  );
  return counts!;
}

export async function measureIntake(quick: boolean): Promise<IntakeFigures> {
  const count = quick ? 40 : 200;
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'akniet-bench-reporting-'));
  const database = await openDatabase(serverUrl ? { databaseUrl: serverUrl } : { dataDir: dir });
  const db = database.db;
  let app: FastifyInstance | null = null;
  try {
    const t0 = performance.now();
    progress('migrating and seeding the demo data');
    await migrate(database);
    const { modules } = assemble();
    await seedAll(db, modules, { demo: true });
    await db.execute(sql`ANALYZE`);
    const config = {
      ...loadConfig({}),
      dataDir: dir,
      logLevel: 'silent',
      demoData: true,
      rateLimitPerMinute: 100_000_000,
      reportingPowBits: 8,
      reportingPerMinute: 100_000_000,
    };
    const platform = await buildApp({ database, config, modules });
    app = platform;
    await platform.ready();
    const setupSeconds = (performance.now() - t0) / 1000;
    await db.execute(sql`DROP TABLE IF EXISTS bench_plain_reports`);
    await db.execute(sql`CREATE TABLE bench_plain_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      created_at timestamptz NOT NULL DEFAULT now(),
      title text NOT NULL,
      text text NOT NULL,
      attachment bytea NOT NULL)`);

    progress('making the photos');
    // A photo of its own per submission (and 4 for the warm-up), made before anything is timed.
    const photos = await Promise.all(
      Array.from({ length: count + 4 }, () => noisePhoto(1280, 960)),
    );
    const warmUp = photos.splice(count);
    const totalMiB = megabytes(photos.reduce((n, p) => n + p.length, 0));
    console.log(
      `reporting intake: ${count} concurrent submissions with a JPEG photo with EXIF each (${(totalMiB / count).toFixed(2)} MiB on average), ${serverUrl ? 'PostgreSQL server' : 'PGlite'} (set up in ${setupSeconds.toFixed(1)} s)`,
    );

    progress('warming up');
    // Warm-up (not timed): worker threads, sharp, prepared paths.
    await intake(platform, warmUp, 100_000);
    await plainInserts(db, warmUp, 100_000);

    const before = await storedCounts(db);
    progress(`${count} plain inserts`);
    const plain = await withPeakRss(() => plainInserts(db, photos, 0));
    progress(`${count} encrypted intakes`);
    const encrypted = await withPeakRss(() => intake(platform, photos, 0));

    const after = await storedCounts(db);
    const line = (name: string, ms: number, rss: number) =>
      console.log(
        `${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${(ms / count).toFixed(1).padStart(6)} ms/report  ${(totalMiB / (ms / 1000)).toFixed(1).padStart(6)} MiB/s  peak RSS ${mib(rss)}`,
      );
    line('plain insert (baseline)', plain.value, plain.peakRss);
    line('encrypted intake (POST, 201)', encrypted.value.ms, encrypted.peakRss);
    console.log(
      `stored by the timed runs: ${after.reports - before.reports} reports, ${after.attachments - before.attachments} attachments, ${after.plain - before.plain} plain rows; first photo after metadata removal ${megabytes(encrypted.value.stored.size).toFixed(2)} MiB, removed: ${encrypted.value.stored.removed.join(', ') || 'nothing'}`,
    );

    progress('the intake steps alone');
    const steps = await measureSteps(photos, reportingSecrets(dir).receiptSalt);
    console.log(`intake steps alone, ${count} at once (they overlap in the intake above):`);
    for (const s of steps)
      console.log(
        `  ${s.name.padEnd(48)} ${(s.ms / 1000).toFixed(2).padStart(6)} s  ${(s.ms / count).toFixed(1).padStart(6)} ms/report`,
      );
    return {
      count,
      intakeMs: encrypted.value.ms,
      plainMs: plain.value,
      ratio: encrypted.value.ms / plain.value,
    };
  } finally {
    await app?.close();
    if (serverUrl) await db.execute(sql`DROP TABLE IF EXISTS bench_plain_reports`).catch(() => {});
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- reporting-intake [--quick]`: this part alone. */
export async function run(args: string[]) {
  const figures = await measureIntake(args.includes('--quick'));
  console.log(`ratio: ${figures.ratio.toFixed(2)} (target: at most 2)`);
  finish();
}
