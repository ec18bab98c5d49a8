// Conflicts benchmark: the full detection pass (keyset chunks of officials: load the
// neighbourhood, run the graph engine) next to the same rules as one SQL join, in the same run on
// the same database, over 100,000 officials, 300,000 relatives, 500,000 company roles and 200,000
// contracts with known conflicts planted. ratio = full pass / join, target at most 1.5; one
// official re-checked incrementally, target under 50 ms median. --quick: 1/20 of the data.
// The name-matching part (names.ts, when present) runs first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { databaseLabel } from '../load.ts';
import type { Measured } from './measure.ts';
import { scaleFor } from './scale.ts';
import { createTarget } from './target.ts';

/** Officials per chunk of the full pass: the detection job's own default. */
const CHUNK = 2000;

interface Filled {
  persons: number;
  organisations: number;
  relations: number;
  roles: number;
  dealings: number;
  planted: number;
  fillSeconds: number;
}

/** Runs a child script and gives its last stdout line, parsed. */
function child<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
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

const ms = (x: number) => `${x.toFixed(1)} ms`;
const s = (x: number) => `${x.toFixed(2)} s`;

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  const names = new URL('./names.ts', import.meta.url);
  if (existsSync(names)) {
    const part = (await import(names.href)) as { run?: (args: string[]) => Promise<void> };
    await part.run?.(args);
  }

  const scale = scaleFor(quick ? 5_000 : 100_000);
  const rounds = 3;
  const target = await createTarget(process.env.BENCH_DATABASE_URL || undefined);
  let filled: Filled;
  let m: Measured;
  try {
    filled = await child<Filled>('./fill.ts', [String(scale.officials), target.location]);
    m = await child<Measured>('./measure.ts', [
      target.location,
      String(scale.officials),
      String(CHUNK),
      String(rounds),
    ]);
  } finally {
    await target.drop();
  }

  console.log(
    `conflicts benchmark (${quick ? 'quick, ' : ''}${databaseLabel()}, chunks of ${CHUNK} officials loaded two ahead, median of ${rounds} alternating rounds)`,
  );
  console.log(
    `${scale.officials} officials, ${scale.relatives} relatives, ${filled.roles} company roles, ${filled.dealings} contracts and decisions; ${filled.persons} persons, ${filled.organisations} organisations, ${filled.relations} relations (filled in ${filled.fillSeconds.toFixed(1)} s)`,
  );
  console.log(
    `  SQL join of the rules                     ${s(m.join.seconds).padStart(8)}  ${m.join.findings} findings  (rounds: ${m.joinRounds.map(s).join(', ')})`,
  );
  console.log(
    `  full detection pass (chunks: load, detect)${s(m.pass.seconds).padStart(8)}  ${m.pass.findings} findings of ${m.pass.officials} officials  (rounds: ${m.passRounds.map(s).join(', ')})`,
  );
  console.log(
    `    of which waiting for the database ${s(m.pass.loadSeconds)}, the engine alone ${s(m.pass.engineSeconds)} (${((m.pass.officials / m.pass.engineSeconds) | 0).toLocaleString('en')} officials/s)`,
  );
  if (m.stored) {
    console.log(
      `  full pass storing findings (detectAll)    ${s(m.stored.seconds).padStart(8)}  ${m.stored.found} findings`,
    );
  }
  const rules = Object.entries(m.byRule)
    .map(([rule, c]) => `${rule} ${c.engine}${c.join === c.engine ? '' : ` (join ${c.join})`}`)
    .join(', ');
  const conflictRules = Object.entries(m.byRule).filter(([, c]) => c.join > 0 || c.engine > 0);
  const agree = conflictRules.every(
    ([rule, c]) => c.join === c.engine || ['kinship_cycle', 'contradicting_sources'].includes(rule),
  );
  console.log(`  findings by rule: ${rules}`);
  console.log(`  engine and join agree on every conflict rule: ${agree ? 'yes' : 'NO'}`);
  const c = m.correctness;
  console.log(
    `  correctness: ${c.found} found, ${c.expected} planted, ${c.missing} missing, ${c.unexpected} unexpected: ${c.missing === 0 && c.unexpected === 0 ? 'exactly the planted conflicts' : 'WRONG'}`,
  );
  console.log(
    `  incremental re-check of one official (load + detect): median ${ms(m.incremental.median)}, p95 ${ms(m.incremental.p95)} over ${m.incremental.samples} (target: median < 50 ms)`,
  );
  if (m.recheck) {
    console.log(
      `  incremental re-check through recheckPersons (around + load + detect + store): median ${ms(m.recheck.median)}, p95 ${ms(m.recheck.p95)}`,
    );
  }
  console.log(`ratio: ${(m.pass.seconds / m.join.seconds).toFixed(2)} (target: <= 1.5)`);
}
