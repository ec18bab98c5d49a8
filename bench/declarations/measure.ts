// Child process of the declarations benchmark: on a filled database, times reading every submitted
// declaration exactly as the nightly re-check reads it (the keyset walk and the registry lookup of
// each batch, no engine, no writes), then the nightly re-check itself, twice: the first run
// inserts every check, the second updates them in place. Samples peak memory during each pass.
// Prints one JSON line. Usage: measure.ts <target> <batch size> [--no-second-run]
import { sql } from 'drizzle-orm';
import { registryGateway } from '../../src/modules/declarations/registry/configured.ts';
import { pinsOf, readCheckRows } from '../../src/modules/declarations/review/check-batch.ts';
import { recheckAll } from '../../src/modules/declarations/review/run-checks.ts';
import { type Db, queryRows } from '../../src/platform/db/client.ts';
import { type Peak, watchMemory } from './memory.ts';
import { openTarget } from './target.ts';

export interface Pass {
  seconds: number;
  declarations: number;
  memory: Peak;
}

/** What the re-check reads, batch by batch, with nothing done with it. */
async function readAll(db: Db, batchSize: number, onBatch: () => void): Promise<number> {
  const registry = registryGateway(db);
  if (registry.name !== 'local')
    throw new Error('unset AKNIET_TUNDUK_URL: this measures the local registry');
  let afterId: string | null = null;
  let read = 0;
  for (;;) {
    const rows = await readCheckRows(db, { afterId, limit: batchSize });
    if (rows.length === 0) break;
    await registry.lookup(pinsOf(rows));
    read += rows.length;
    afterId = rows[rows.length - 1]!.declaration.id;
    onBatch();
  }
  return read;
}

async function timed(pass: (onBatch: () => void) => Promise<number>): Promise<Pass> {
  const memory = watchMemory();
  const started = performance.now();
  const declarations = await pass(memory.sample);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, declarations, memory: memory.stop() };
}

const [location, batchSizeArg] = [process.argv[2]!, process.argv[3]];
const batchSize = Number(batchSizeArg);
const database = await openTarget(location);
const { db } = database;
const now = new Date();
// The first read also warms the caches; the timed read and the re-checks all find them warm.
const coldRead = await timed((onBatch) => readAll(db, batchSize, onBatch));
const read = await timed((onBatch) => readAll(db, batchSize, onBatch));
let fullCheck = 0;
const firstRecheck = await timed(async (onBatch) => {
  const result = await recheckAll(db, now, { batchSize, onProgress: onBatch });
  fullCheck = result.fullCheck;
  return result.checked;
});
const secondRecheck = process.argv.includes('--no-second-run')
  ? null
  : await timed(async (onBatch) => {
      const result = await recheckAll(db, now, { batchSize, onProgress: onBatch });
      return result.checked;
    });
const [stored] = await queryRows<{ checks: number; queued: number }>(
  db,
  sql`SELECT (SELECT count(*)::int FROM declaration_checks) AS checks,
             (SELECT count(*)::int FROM declaration_reviews) AS queued`,
);
await database.close();
process.stdout.write(
  `${JSON.stringify({ coldRead, read, firstRecheck, secondRecheck, fullCheck, ...stored })}\n`,
);
