// Courts benchmark: 1,000,000 allocations through the real allocation path (eligibility,
// inverse-workload weights, HMAC draw, hash-chained log entry, the case's judge updated), in
// batches of 10,000 in one transaction each, against a bare insert of the same log rows and the
// same case updates into copies of the same tables, in the same run and the same database,
// batch by batch alternating. ratio = allocation / bare, target at most 2.
// --quick: 100,000 allocations. BENCH_DATABASE_URL=postgres://... runs on a server instead of PGlite.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { allocateIn } from '../../src/modules/courts/cases/allocate.ts';
import { CASE_CATEGORIES, DEFAULT_RULES } from '../../src/modules/courts/config/categories.ts';
import { addJudgeIn } from '../../src/modules/courts/config/judges.ts';
import {
  createChamberIn,
  createCourtIn,
  logCategories,
  publishRulesIn,
} from '../../src/modules/courts/config/publish.ts';
import { bishkekDay } from '../../src/modules/courts/engine/days.ts';
import { keyFromPem } from '../../src/modules/courts/keys/signing-key.ts';
import { caseUpdateStatement, withAllocationLog } from '../../src/modules/courts/log/writer.ts';
import { allocationLog, courtCases } from '../../src/modules/courts/schema.ts';
import { SYSTEM_ACTOR } from '../../src/platform/audit/service.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seededRandom } from '../../src/platform/demo-random.ts';
import { bareLog, createBareTables } from './bare.ts';

const BATCH = 10_000;
const DAY_MS = 86_400_000;
const CHAMBERS = [
  { specialisation: 'civil', judges: 16 },
  { specialisation: 'criminal', judges: 12 },
  { specialisation: 'administrative', judges: 8 },
  { specialisation: 'economic', judges: 4 },
];

export async function run(args: string[]) {
  const total = args.includes('--quick') ? 100_000 : 1_000_000;
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const dir = serverUrl ? null : mkdtempSync(join(tmpdir(), 'akniet-bench-courts-'));
  const database = await openDatabase(serverUrl ? { databaseUrl: serverUrl } : { dataDir: dir! });
  const db = database.db;
  try {
    await migrate(database);
    await createBareTables(db);
    const key = keyFromPem(
      generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    );
    const batches = total / BATCH;
    // One batch per day, the first the day after the court was set up.
    const start = Date.now() - (batches + 2) * DAY_MS;
    const court = await withAllocationLog(db, async (log) => {
      const at = new Date(start);
      await logCategories(log, at);
      await publishRulesIn(log, DEFAULT_RULES, SYSTEM_ACTOR, at);
      const c = await createCourtIn(
        log,
        { code: 'bench', name: { ky: 'Бенч', ru: 'Бенч', en: 'Bench' }, instance: 'first' },
        SYSTEM_ACTOR,
        at,
      );
      for (const ch of CHAMBERS) {
        const chamber = await createChamberIn(
          log,
          c.id,
          {
            name: { ky: ch.specialisation, ru: ch.specialisation, en: ch.specialisation },
            specialisation: ch.specialisation,
          },
          SYSTEM_ACTOR,
          at,
        );
        for (let i = 0; i < ch.judges; i++)
          await addJudgeIn(
            log,
            c.id,
            {
              name: `Judge ${ch.specialisation} ${i}`,
              chamber: chamber.id,
              specialisations: [ch.specialisation],
              loadPercent: i === 0 ? 50 : 100,
              synthetic: true,
            },
            SYSTEM_ACTOR,
            at,
          );
      }
      return c;
    });
    const rnd = seededRandom(17);
    let allocateMs = 0;
    let bareMs = 0;
    let peakRss = 0;
    console.log(
      `courts: ${total.toLocaleString('en')} allocations in ${batches} batches of ${BATCH.toLocaleString('en')}, ${CHAMBERS.reduce((n, c) => n + c.judges, 0)} judges, ${serverUrl ? 'PostgreSQL server' : 'PGlite'}`,
    );

    for (let b = 0; b < batches; b++) {
      const dayStartMs = start + (b + 1) * DAY_MS;
      const cases = Array.from({ length: BATCH }, (_, i) => ({
        id: randomUUID(),
        number: `BENCH-${String(b * BATCH + i + 1).padStart(7, '0')}`,
        category: rnd.pick(CASE_CATEGORIES).code,
        at: new Date(dayStartMs + 3 * 3600_000 + i * 3000),
      }));
      // Registration (not measured): the cases and their log entries.
      await withAllocationLog(db, async (log) => {
        for (let i = 0; i < cases.length; i += 1000) {
          const rows = cases.slice(i, i + 1000).map((c) => ({
            id: c.id,
            courtId: court.id,
            number: c.number,
            category: c.category,
            claim: 'bench',
            parties: [],
            claimFingerprint: c.number,
            filedAt: c.at,
            synthetic: true,
          }));
          await log.tx.insert(courtCases).values(rows);
        }
        await log.tx.execute(
          sql`INSERT INTO bench_bare_cases SELECT * FROM court_cases WHERE filed_at >= ${cases[0]!.at}`,
        );
        for (const c of cases)
          log.append(
            {
              kind: 'case',
              case: c.id,
              number: c.number,
              court: court.id,
              category: c.category,
              claimFingerprint: c.number,
              earlierCase: null,
            },
            new Date(c.at.getTime() - 1000),
          );
      });

      // Measured: the allocation path.
      let t0 = performance.now();
      await withAllocationLog(db, async (log) => {
        for (const c of cases) await allocateIn(log, key, c.id, 'initial', c.at);
      });
      allocateMs += performance.now() - t0;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);

      // Measured: the same rows written bare.
      const day = bishkekDay(new Date(dayStartMs + 3 * 3600_000));
      const rows = await db
        .select()
        .from(allocationLog)
        .where(
          and(
            eq(allocationLog.kind, 'allocation'),
            gte(allocationLog.day, day),
            lte(allocationLog.day, day),
          ),
        )
        .orderBy(asc(allocationLog.seq));
      t0 = performance.now();
      await db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += 1000)
          await tx.insert(bareLog).values(rows.slice(i, i + 1000));
        for (let i = 0; i < rows.length; i += 1000)
          await tx.execute(
            caseUpdateStatement(
              'bench_bare_cases',
              rows.slice(i, i + 1000).map((r) => ({
                caseId: r.caseId!,
                judgeId: r.judgeId,
                allocatedAt: r.at,
                reason: 'initial',
                seq: r.seq,
              })),
            ),
          );
      });
      bareMs += performance.now() - t0;
      if ((b + 1) % 10 === 0 || b === batches - 1)
        process.stderr.write(
          `  ${((b + 1) * BATCH).toLocaleString('en')} allocated: ${(allocateMs / 1000).toFixed(1)} s, bare ${(bareMs / 1000).toFixed(1)} s\n`,
        );
    }
    const [check] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(courtCases)
      .where(sql`${courtCases.judgeId} IS NOT NULL`);
    const ratio = allocateMs / bareMs;
    console.log(`allocated cases: ${check?.n.toLocaleString('en')}`);
    console.log(
      `allocation with logging: ${(allocateMs / 1000).toFixed(1)} s (${Math.round(total / (allocateMs / 1000)).toLocaleString('en')}/s)`,
    );
    console.log(
      `bare insert of the same rows: ${(bareMs / 1000).toFixed(1)} s (${Math.round(total / (bareMs / 1000)).toLocaleString('en')}/s)`,
    );
    console.log(`peak RSS: ${Math.round(peakRss / 2 ** 20)} MiB`);
    console.log(`ratio: ${ratio.toFixed(2)} (target: at most 2)`);
  } finally {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
