// Declarations benchmark: the nightly re-check of every submitted declaration against reading the
// same rows in the same run, at 10,000 and 100,000 declarations (10x Kyrgyz scale) with families
// and registry records. ratio = first full re-check / read, target at most 3; peak memory at
// 100,000 against 10,000 should stay close to 1. Each size gets a fresh database, filled in one
// child process and measured in another. --quick: 10,000 only.
import { spawn } from 'node:child_process';
import { databaseLabel } from '../load.ts';
import type { Pass } from './measure.ts';
import { createTarget } from './target.ts';

/** The re-check's own default batch. */
const BATCH_SIZE = 1000;

interface Filled {
  declarations: number;
  people: number;
  registry: number;
  fillSeconds: number;
}

interface Measured {
  coldRead: Pass;
  read: Pass;
  firstRecheck: Pass;
  secondRecheck: Pass | null;
  fullCheck: number;
  checks: number;
  queued: number;
}

/** Runs a child script and gives its last stdout line, parsed. */
function child<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
      {
        // The re-check must use the local registry, whatever this shell has configured.
        env: Object.fromEntries(
          Object.entries(process.env).filter(([k]) => !k.startsWith('AKNIET_TUNDUK_')),
        ),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1);
      if (code !== 0 || !last) reject(new Error(`${script} exited with ${code}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

const perSecond = (p: Pass) => (p.declarations / p.seconds).toFixed(0);

function printSize(filled: Filled, m: Measured) {
  const line = (name: string, p: Pass) =>
    console.log(
      `  ${name.padEnd(40)} ${p.seconds.toFixed(2).padStart(7)} s  ${perSecond(p).padStart(6)} decl/s  peak RSS ${p.memory.rssMb.toFixed(0).padStart(5)} MB  heap ${p.memory.heapUsedMb.toFixed(0).padStart(4)} MB  external ${p.memory.externalMb.toFixed(0).padStart(5)} MB`,
    );
  console.log(
    `${filled.declarations} declarations of ${filled.people} officials with families, ${filled.registry} registry records (filled in ${filled.fillSeconds.toFixed(1)} s)`,
  );
  line('read (first, warms caches)', m.coldRead);
  line('read as the re-check reads (baseline)', m.read);
  line('nightly re-check, first run (inserts)', m.firstRecheck);
  if (m.secondRecheck) line('nightly re-check, second run (updates)', m.secondRecheck);
  console.log(
    `  ${m.checks} checks stored, ${m.fullCheck} scored for a full check, ${m.queued} in the full-check queue`,
  );
  const second = m.secondRecheck
    ? `, second run ${(m.secondRecheck.seconds / m.read.seconds).toFixed(2)}`
    : '';
  console.log(
    `  re-check / read: first run ${(m.firstRecheck.seconds / m.read.seconds).toFixed(2)}${second}`,
  );
}

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  const sizes = quick ? [10_000] : [10_000, 100_000];
  const results: { filled: Filled; measured: Measured }[] = [];
  for (const size of sizes) {
    const target = await createTarget(process.env.BENCH_DATABASE_URL || undefined);
    try {
      const filled = await child<Filled>('./fill.ts', [String(size), target.location]);
      const measured = await child<Measured>(
        './measure.ts',
        [target.location, String(BATCH_SIZE), ...(quick ? ['--no-second-run'] : [])],
        ['--expose-gc'],
      );
      results.push({ filled, measured });
    } finally {
      await target.drop();
    }
  }
  console.log(
    `declarations benchmark (${quick ? 'quick, ' : ''}${databaseLabel()}, batches of ${BATCH_SIZE}, each size in a fresh database measured in its own process)`,
  );
  for (const { filled, measured } of results) printSize(filled, measured);
  const small = results[0]!.measured.firstRecheck.memory;
  const large = results.at(-1)!.measured;
  if (results.length > 1) {
    console.log(
      `peak memory of the re-check, ${results.at(-1)!.filled.declarations} / ${results[0]!.filled.declarations} declarations: heap ${(large.firstRecheck.memory.heapUsedMb / small.heapUsedMb).toFixed(2)}, RSS ${(large.firstRecheck.memory.rssMb / small.rssMb).toFixed(2)} (flat: close to 1)`,
    );
  }
  const heap = 'memory: heap = live JS objects (the re-check holds one batch at a time)';
  console.log(
    databaseLabel() === 'PGlite'
      ? `${heap}; external = buffers outside the JS heap, here mostly PGlite's WASM memory (shared buffers and caches: bounded, the data directory stays on disk); RSS = the whole process, PGlite included`
      : `${heap}; external = buffers outside the JS heap; RSS = the whole benchmark process (the server's memory is its own)`,
  );
  console.log(
    `ratio: ${(large.firstRecheck.seconds / large.read.seconds).toFixed(2)} (target: <= 3)`,
  );
}
