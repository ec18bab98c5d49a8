import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/client.ts';
import { migrate } from '../platform/db/migrate.ts';

const USAGE = `Usage:
  akniet procurement indicators FILE.jsonl [--settings FILE.ini]
                   compute the OCP Cardinal red-flag indicators over compiled releases (one per
                   line) and print them as Cardinal's JSON
  akniet procurement import FILE
                   import OCDS (line-delimited compiled releases, a release package or a record
                   package); refused lines are listed with their numbers, the rest is imported
  akniet procurement import --endpoint [URL]
                   import from the e-procurement system's OCDS endpoint (default PROCUREMENT_OCDS_URL)
`;

/**
 * `akniet procurement ...`: commands over OCDS procurement data. `indicators` works on a file
 * alone (no database), like Cardinal's own CLI, so its output can be compared with Cardinal's.
 */
export async function runProcurementCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      settings: { type: 'string' },
      endpoint: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, file] = positionals;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (sub === 'indicators' && file) {
    const { printIndicators } = await import('../modules/procurement/cardinal/cli.ts');
    return printIndicators(file, values.settings);
  }
  if (sub === 'import' && (file || values.endpoint)) {
    const config = loadConfig();
    const url = values.endpoint ? (file ?? config.procurementOcdsUrl) : undefined;
    if (values.endpoint && !url) {
      process.stderr.write('No endpoint: give a URL or set PROCUREMENT_OCDS_URL.\n');
      return 2;
    }
    return runImport(url ? { url } : { file: file! }, config);
  }
  process.stderr.write(USAGE);
  return 2;
}

async function runImport(
  source: { file: string } | { url: string },
  config: ReturnType<typeof loadConfig>,
): Promise<number> {
  const { openSource } = await import('../modules/procurement/import/job.ts');
  const { importOcds } = await import('../modules/procurement/import/run.ts');
  const { analyseAll } = await import('../modules/procurement/analysis/run.ts');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    const { stream, bytesTotal } = await openSource(source);
    const outcome = await importOcds(database.db, stream, {
      onProgress: (p) =>
        progressBar(
          bytesTotal ? p.bytesRead / bytesTotal : null,
          `${p.read} read, ${p.created} new, ${p.updated} changed, ${p.unchanged} unchanged, ${p.refused} refused`,
        ),
    });
    process.stderr.write('\n');
    for (const problem of outcome.problems) {
      process.stderr.write(`line ${problem.line}: ${problem.message}\n`);
    }
    if (outcome.refused > outcome.problems.length) {
      process.stderr.write(`... and ${outcome.refused - outcome.problems.length} more refused\n`);
    }
    process.stdout.write(
      `Imported ${outcome.format === 'lines' ? 'line-delimited OCDS' : 'an OCDS package'}: ${outcome.read} read, ${outcome.created} new, ${outcome.updated} changed, ${outcome.unchanged} unchanged, ${outcome.refused} refused.\n`,
    );
    if (outcome.created + outcome.updated > 0) {
      const analysed = await analyseAll(database.db, new Date());
      process.stdout.write(
        `Red flags recomputed: ${analysed.flags} over ${analysed.processes} processes.\n`,
      );
    }
    return outcome.read > outcome.refused ? 0 : 1;
  } catch (err) {
    process.stderr.write(`\n${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

/** One line on stderr, redrawn in place: a bar when the share is known, counts always. */
function progressBar(share: number | null, counts: string) {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const bar =
    share === null
      ? ''
      : `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${Math.floor(share * 100)
          .toString()
          .padStart(3)}% `;
  process.stderr.write(`\r${bar}${counts}`);
}
