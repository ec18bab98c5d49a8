// Child process of the conflicts benchmark: on a filled database, times the rules as one SQL join
// and the full detection pass (keyset chunks of officials: load the neighbourhood, run the
// engine) in alternating rounds, checks both against the planted truth, then times re-checking
// single officials incrementally. Prints one JSON line.
// Usage: measure.ts <target> <officials> <chunk> <rounds>
import { existsSync } from 'node:fs';
import {
  DEFAULT_DETECTION_SETTINGS,
  detectConflicts,
} from '../../src/modules/integrity/detection/engine.ts';
import type { DetectionSettings, Finding } from '../../src/modules/integrity/detection/types.ts';
import { neighbourhoodChunks } from '../../src/modules/integrity/graph/chunks.ts';
import { loadNeighbourhood } from '../../src/modules/integrity/graph/load.ts';
import type { Db } from '../../src/platform/db/client.ts';
import { seededRandom } from '../../src/platform/demo-random.ts';
import { conflictsByJoin } from './join.ts';
import { plantsFor } from './plants.ts';
import { scaleFor } from './scale.ts';
import { openTarget } from './target.ts';

export interface Pass {
  seconds: number;
  /** Of which: the engine alone (detectConflicts), and waiting for the database. */
  engineSeconds: number;
  loadSeconds: number;
  officials: number;
  findings: number;
}

export interface Latency {
  median: number;
  p95: number;
  samples: number;
}

export interface Measured {
  join: { seconds: number; findings: number };
  pass: Pass;
  joinRounds: number[];
  passRounds: number[];
  byRule: Record<string, { engine: number; join: number }>;
  correctness: { expected: number; found: number; missing: number; unexpected: number };
  incremental: Latency;
  recheck: Latency | null;
  stored: { seconds: number; found: number } | null;
}

const [location, officialsArg, chunkArg, roundsArg] = process.argv.slice(2);
const scale = scaleFor(Number(officialsArg));
const chunkSize = Number(chunkArg);
const rounds = Number(roundsArg);
const settings: DetectionSettings = { ...DEFAULT_DETECTION_SETTINGS, asOf: '2025-06-30' };
const seconds = (since: number) => (performance.now() - since) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * The full pass as the nightly job runs it, without storing: keyset chunks of officials, each
 * loaded (the next one while the engine works on this one) and run through the engine.
 */
async function fullPass(db: Db, officialIds: string[]): Promise<{ pass: Pass; found: Finding[] }> {
  const started = performance.now();
  let engine = 0;
  const found: Finding[] = [];
  officialIds.length = 0;
  for await (const chunk of neighbourhoodChunks(db, chunkSize)) {
    const t = performance.now();
    for (const f of detectConflicts(chunk.graph, { officials: chunk.officialIds, settings })) {
      found.push(f);
    }
    engine += performance.now() - t;
    officialIds.push(...chunk.officialIds);
  }
  const total = seconds(started);
  return {
    pass: {
      seconds: total,
      engineSeconds: engine / 1000,
      loadSeconds: total - engine / 1000,
      officials: officialIds.length,
      findings: found.length,
    },
    found,
  };
}

async function latencies(
  sample: string[],
  once: (id: string) => Promise<unknown>,
): Promise<Latency> {
  const ms: number[] = [];
  for (const id of sample) {
    const t = performance.now();
    await once(id);
    ms.push(performance.now() - t);
  }
  return { median: median(ms), p95: percentile(ms, 95), samples: ms.length };
}

const countBy = (rules: string[]) => {
  const counts: Record<string, number> = {};
  for (const r of rules) counts[r] = (counts[r] ?? 0) + 1;
  return counts;
};

const database = await openTarget(location!);
const { db } = database;
const officialIds: string[] = [];
// Warm caches for both: the first of anything reads the tables from disk.
await conflictsByJoin(db, settings);
await fullPass(db, officialIds);

const joinRounds: number[] = [];
const passRounds: number[] = [];
let joinRows: Awaited<ReturnType<typeof conflictsByJoin>> = [];
let last: Awaited<ReturnType<typeof fullPass>> | null = null;
const passes: Pass[] = [];
for (let round = 0; round < rounds; round++) {
  const t = performance.now();
  joinRows = await conflictsByJoin(db, settings);
  joinRounds.push(seconds(t));
  last = await fullPass(db, officialIds);
  passRounds.push(last.pass.seconds);
  passes.push(last.pass);
}
const pass = passes.find((p) => p.seconds === median(passRounds))!;

// The engine against the planted truth (every rule), and against the join (conflict rules).
const expected = plantsFor(scale).expected.map((e) => `${e.rule} ${e.officialId}`);
const found = last!.found.map((f) => `${f.rule} ${f.officialId}`);
const unmatched = new Map<string, number>();
for (const e of expected) unmatched.set(e, (unmatched.get(e) ?? 0) + 1);
let unexpected = 0;
for (const f of found) {
  const left = unmatched.get(f) ?? 0;
  if (left > 0) unmatched.set(f, left - 1);
  else unexpected++;
}
const missing = [...unmatched.values()].reduce((a, b) => a + b, 0);
const engineCounts = countBy(last!.found.map((f) => f.rule));
const joinCounts = countBy(joinRows.map((r) => r.rule));
const byRule: Measured['byRule'] = {};
for (const rule of new Set([...Object.keys(engineCounts), ...Object.keys(joinCounts)])) {
  byRule[rule] = { engine: engineCounts[rule] ?? 0, join: joinCounts[rule] ?? 0 };
}

// One changed declaration: re-check its official alone.
const r = seededRandom(5_2025);
const sample = Array.from({ length: 200 }, () => r.pick(officialIds));
const incremental = await latencies(sample, async (id) =>
  detectConflicts(await loadNeighbourhood(db, [id]), { officials: [id], settings }),
);

// Through the lead's store when it is there: the officials around the change, load, detect, store.
const storePath = new URL('../../src/modules/integrity/findings/store.ts', import.meta.url);
let recheck: Latency | null = null;
let stored: Measured['stored'] = null;
if (existsSync(storePath)) {
  const store = (await import(storePath.href)) as {
    recheckPersons(db: Db, changed: { persons?: readonly string[] }, now?: Date): Promise<unknown>;
    detectAll(
      db: Db,
      now?: Date,
      onChunk?: (n: number) => void,
      chunk?: number,
    ): Promise<{ found: number }>;
  };
  const now = new Date('2025-06-30T12:00:00Z');
  const t = performance.now();
  const all = await store.detectAll(db, now, undefined, chunkSize);
  stored = { seconds: seconds(t), found: all.found };
  recheck = await latencies(sample, (id) => store.recheckPersons(db, { persons: [id] }, now));
}
await database.close();

const measured: Measured = {
  join: { seconds: median(joinRounds), findings: joinRows.length },
  pass,
  joinRounds,
  passRounds,
  byRule,
  correctness: { expected: expected.length, found: found.length, missing, unexpected },
  incremental,
  recheck,
  stored,
};
process.stdout.write(`${JSON.stringify(measured)}\n`);
