// Child process of the strategy benchmark: the platform on a database filled with 100 agencies,
// 5,000 measures and 80,000 reports (synthetic, generated in SQL), next to its own /api/health.
import { sql } from 'drizzle-orm';
import { startPlatform } from '../../src/main.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { queryRows } from '../../src/platform/db/client.ts';

const AGENCIES = 100;
const MEASURES_PER_AGENCY = 50;

const platform = await startPlatform({
  port: 0,
  host: '127.0.0.1',
  quiet: true,
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  config: {
    ...loadConfig({}),
    logLevel: 'silent',
    rateLimitPerMinute: 100_000_000,
    demoData: false,
  },
});
const db = platform.app.database.db;
const started = performance.now();
await db.transaction(async (tx) => {
  await tx.execute(sql`
    INSERT INTO agencies (code, kind, name, short_name, synthetic, source)
    SELECT 'bench-agency-' || g, 'ministry',
           jsonb_build_object('ky', 'Бенчмарк органы ' || g, 'ru', 'Орган бенчмарка ' || g, 'en', 'Benchmark body ' || g),
           jsonb_build_object('ky', 'Орган ' || g, 'ru', 'Орган ' || g, 'en', 'Body ' || g),
           true, 'synthetic benchmark data'
    FROM generate_series(1, ${AGENCIES}) AS g
    ON CONFLICT (code) DO NOTHING`);
  await tx.execute(sql`
    INSERT INTO users (username, display_name, password_hash, roles, synthetic)
    VALUES ('bench-officer', 'Benchmark officer', 'no-login', '{officer}', true)
    ON CONFLICT (username) DO NOTHING`);
  await tx.execute(sql`
    INSERT INTO agency_plans (agency_id, kind, title, year_from, year_to, synthetic)
    SELECT id, 'departmental', jsonb_build_object('ky', 'План', 'ru', 'План', 'en', 'Plan'), 2021, 2024, true
    FROM agencies WHERE code LIKE 'bench-agency-%'`);
  await tx.execute(sql`
    INSERT INTO reporting_periods (kind, year, number, opens_at, closes_at)
    SELECT 'quarter', y, q, make_timestamptz(y, q * 3, 1, 0, 0, 0, 'UTC'), make_timestamptz(y, q * 3, 1, 0, 0, 0, 'UTC') + interval '60 days'
    FROM generate_series(2021, 2024) AS y, generate_series(1, 4) AS q
    ON CONFLICT ON CONSTRAINT reporting_periods_unique DO NOTHING`);
  await tx.execute(sql`
    WITH codes AS (SELECT array_agg(code ORDER BY code) AS list FROM strategy_activities)
    INSERT INTO measures (plan_id, agency_id, activity_code, title, deadline, synthetic)
    SELECT p.id, p.agency_id, codes.list[1 + (g % array_length(codes.list, 1))],
           jsonb_build_object('ky', 'Чара ' || g, 'ru', 'Мера ' || g, 'en', 'Measure ' || g),
           make_date(2021 + g % 4, 12, 31), true
    FROM agency_plans p, codes, generate_series(1, ${MEASURES_PER_AGENCY}) AS g
    WHERE p.synthetic`);
  await tx.execute(sql`
    INSERT INTO measure_reports (measure_id, period_id, version, state, execution_status, narrative,
                                 indicator_values, author_id, submitted_at, created_at)
    SELECT m.id, per.id, 1,
           (ARRAY['published', 'published', 'verified', 'submitted', 'returned', 'draft'])[1 + floor(random() * 6)::int],
           (ARRAY['done', 'in_progress', 'in_progress', 'not_started', 'overdue'])[1 + floor(random() * 5)::int],
           '{"ru": "Отчёт бенчмарка"}'::jsonb, '[]'::jsonb, u.id,
           per.opens_at + interval '10 days', per.opens_at + interval '10 days'
    FROM measures m CROSS JOIN reporting_periods per CROSS JOIN (SELECT id FROM users WHERE username = 'bench-officer') u
    WHERE m.synthetic AND per.kind = 'quarter'`);
});
// A server's autovacuum would analyse the new rows soon after such a bulk load; PGlite has none,
// and with stale statistics the planner scans all reports per measure.
await db.execute(sql`ANALYZE`);
// Measure the steady state: the scheduled attention scan runs once shortly after start and, on
// PGlite (which runs queries on the main thread), holds every request while it reads all reports.
const scanDeadline = Date.now() + 60_000;
for (;;) {
  const [scan] = await queryRows<{ finished: number }>(
    db,
    sql`SELECT count(*)::int AS finished FROM jobs
        WHERE kind = 'strategy.attention-scan' AND status IN ('done', 'failed')`,
  );
  if (scan!.finished > 0 || Date.now() > scanDeadline) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const [counts] = await queryRows<{ measures: number; reports: number }>(
  db,
  sql`SELECT (SELECT count(*)::int FROM measures) AS measures, (SELECT count(*)::int FROM measure_reports) AS reports`,
);
process.stdout.write(
  `${JSON.stringify({
    platform: platform.url.replace('localhost', '127.0.0.1'),
    measures: counts!.measures,
    reports: counts!.reports,
    fillSeconds: Math.round((performance.now() - started) / 100) / 10,
  })}\n`,
);
process.on('SIGTERM', async () => {
  await platform.close();
  process.exit(0);
});
