import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startPlatform } from '../main.ts';
import { demoReportReceipt } from '../modules/reporting/demo/reports.ts';
import { assemble } from '../platform/assemble.ts';
import { verifyAuditChain } from '../platform/audit/service.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../platform/auth/seed.ts';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';
import { seedAll } from '../platform/seed.ts';

const HELP = `akniet: the national anti-corruption platform of the Kyrgyz Republic

Usage: akniet <command> [options]

Commands:
  serve            migrate, seed and serve the platform (http://localhost:3000)
  migrate          apply pending database migrations
  seed             load reference data (and demo data unless --no-demo)
  verify audit     recompute the audit log's hash chain; names the first broken entry
  verify allocations [--from DATE] [--to DATE] [--url URL] [--public-key FILE]
                   replay the court allocation log: chain, signed heads, seeds, and every
                   allocation recomputed from the published rules (docs/modules/courts-verification.md)
  import rates FILE
                   load a National Bank daily.xml file of official exchange rates
  import state-organisations FILE
                   load the register of state organisations (CSV or JSON; nothing is
                   written if any row is wrong, and every problem is listed with its row)
  check declarations
                   re-check every submitted declaration now (what the nightly job does)
  check conflicts  detect potential conflicts of interest for every official now (nightly job)
  openapi          print the OpenAPI 3 document of the HTTP API
  procurement import FILE | --endpoint [URL]
                   import OCDS procurement data (streamed; refused lines listed with their numbers)
  procurement indicators FILE.jsonl [--settings FILE.ini]
                   the OCP Cardinal red-flag indicators over compiled releases, as Cardinal's JSON

Options:
  --no-demo        (serve, seed) do not load the synthetic demo data
  -h, --help       show this help

Environment:
  PORT (3000), HOST (localhost), DATA_DIR (./data, embedded PGlite),
  DATABASE_URL (postgres://... to use a PostgreSQL server instead), DEMO_DATA (true),
  LOG_LEVEL (info), COOKIE_SECURE (false), RATE_LIMIT_PER_MINUTE (600), SESSION_HOURS (8),
  PROCUREMENT_OCDS_URL (the e-procurement system's OCDS endpoint),
  COURTS_KEY_FILE (the Ed25519 key that signs allocation heads; DATA_DIR/keys/... by default)
`;

export async function runCli(argv: string[]): Promise<number> {
  // Procurement commands take their own options (--settings, --endpoint).
  if (argv[0] === 'verify' && argv[1] === 'allocations') {
    const { runVerifyAllocations } = await import('./verify-allocations.ts');
    return runVerifyAllocations(argv.slice(2));
  }
  if (argv[0] === 'procurement') {
    const { runProcurementCommand } = await import('./procurement.ts');
    return runProcurementCommand(argv.slice(1));
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' }, 'no-demo': { type: 'boolean' } },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 1;
  }
  const config = loadConfig();
  if (values['no-demo']) config.demoData = false;
  const dbOptions = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };

  switch (command) {
    case 'serve': {
      const platform = await startPlatform({
        port: config.port,
        host: config.host,
        dataDir: config.databaseUrl ? undefined : config.dataDir,
        databaseUrl: config.databaseUrl,
        config,
      });
      printBanner(
        platform.url,
        config.demoData,
        config.databaseUrl ? 'PostgreSQL server' : `PGlite in ${config.dataDir}`,
      );
      const shutdown = async () => {
        await platform.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      return -1; // keep running
    }
    case 'migrate':
    case 'seed':
    case 'openapi':
    case 'verify': {
      if (command === 'verify' && sub !== 'audit') {
        process.stderr.write('Usage: akniet verify audit | akniet verify allocations\n');
        return 2;
      }
      // The OpenAPI document needs no data: an in-memory database keeps ./data out of it.
      const database = await openDatabase(command === 'openapi' ? {} : dbOptions);
      try {
        await migrate(database);
        if (command === 'migrate') {
          process.stdout.write('Migrations applied.\n');
        } else if (command === 'seed') {
          const report = await seedAll(database.db, assemble().modules, { demo: config.demoData });
          process.stdout.write(`${report.length ? report.join('\n') : 'Nothing new to seed.'}\n`);
        } else if (command === 'openapi') {
          const { buildApp } = await import('../platform/http/app.ts');
          const app = await buildApp({
            database,
            config: { ...config, logLevel: 'silent' },
            modules: assemble().modules,
          });
          await app.ready();
          process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
          await app.close();
        } else {
          const result = await verifyAuditChain(database.db);
          if (result.ok) {
            process.stdout.write(`Audit chain intact: ${result.checked} entries checked.\n`);
          } else {
            process.stdout.write(
              `Audit chain BROKEN at entry ${result.firstBrokenId} (${result.reason}); ${result.checked} entries before it are intact.\n`,
            );
            return 3;
          }
        }
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'import':
    case 'check':
      return runDataCommand(command, sub, positionals[2], dbOptions);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

/** Commands that work on the data: importing reference files and running checks by hand. */
async function runDataCommand(
  command: 'import' | 'check',
  sub: string | undefined,
  file: string | undefined,
  dbOptions: { databaseUrl: string | undefined; dataDir: string },
): Promise<number> {
  if (command === 'import' && (!['rates', 'state-organisations'].includes(sub ?? '') || !file)) {
    process.stderr.write(
      'Usage: akniet import rates FILE (an NBKR daily.xml)\n       akniet import state-organisations FILE (.csv or .json)\n',
    );
    return 2;
  }
  if (command === 'check' && !['declarations', 'conflicts'].includes(sub ?? '')) {
    process.stderr.write('Usage: akniet check declarations | akniet check conflicts\n');
    return 2;
  }
  const database = await openDatabase(dbOptions);
  try {
    await migrate(database);
    if (command === 'import' && sub === 'state-organisations') {
      const { rowsFromFile } = await import('../modules/integrity/register/csv.ts');
      const { loadStateOrganisations } = await import('../modules/integrity/register/load.ts');
      const result = await loadStateOrganisations(
        database.db,
        rowsFromFile(file!, await readFile(file!, 'utf8')),
      );
      if (!result.ok) {
        for (const p of result.problems)
          process.stderr.write(`row ${p.row}, ${p.field}: ${p.reason}\n`);
        process.stderr.write(`${result.problems.length} problems; nothing was loaded.\n`);
        return 1;
      }
      process.stdout.write(
        `State organisations loaded: ${result.created} new, ${result.updated} updated.\n`,
      );
    } else if (command === 'check' && sub === 'conflicts') {
      const { fullPass } = await import('../modules/integrity/findings/follow.ts');
      const started = Date.now();
      const result = await fullPass(database.db, new Date());
      process.stdout.write(
        `Checked ${result.officials} officials in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.found} potential conflicts (${result.added} new, ${result.gone} no longer in the data).\n`,
      );
    } else if (command === 'import') {
      const { importNbkrXml } = await import('../modules/declarations/rates/load.ts');
      const loaded = await importNbkrXml(database.db, await readFile(file!));
      process.stdout.write(
        `Official rates of ${loaded.date} loaded: ${loaded.currencies.join(', ')}.\n`,
      );
    } else {
      const { recheckAll } = await import('../modules/declarations/review/run-checks.ts');
      const started = Date.now();
      const result = await recheckAll(database.db, new Date(), {
        onProgress: (done) => process.stderr.write(`\rchecked ${done} declarations`),
      });
      process.stderr.write('\n');
      process.stdout.write(
        `Checked ${result.checked} declarations in ${((Date.now() - started) / 1000).toFixed(1)} s; ${result.fullCheck} above the full-check threshold.\n`,
      );
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

function printBanner(url: string, demo: boolean, storage: string) {
  const lines = [`Akniet is serving on ${url}  (database: ${storage})`];
  if (demo) {
    lines.push(
      '',
      'SYNTHETIC DEMO DATA is loaded. Demo logins (password for all):',
      `  password: ${DEMO_PASSWORD}`,
    );
    for (const a of DEMO_ACCOUNTS) lines.push(`  ${a.username.padEnd(14)} ${a.roles.join(', ')}`);
    lines.push(
      '',
      `Receipt of the synthetic whistleblower report (follow it at ${url}/report/follow-up):`,
      `  ${demoReportReceipt()}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
