// Child process of the procurement benchmark: one timed pass over a file of compiled releases,
// alone in its process so its peak memory is its own. "parse": read the lines and JSON.parse
// each (the baseline). "indicators": the same reading and parsing, plus the Cardinal indicators
// (every indicator on, as with `akniet procurement indicators FILE`). Prints one JSON line.
// Usage: measure.ts parse|indicators FILE
import { computeIndicators } from '../../src/modules/procurement/cardinal/run.ts';
import { allIndicators } from '../../src/modules/procurement/cardinal/settings.ts';
import { readLines } from '../../src/modules/procurement/ocds/lines.ts';

export interface Pass {
  mode: 'parse' | 'indicators';
  seconds: number;
  /** CPU time of the pass (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  lines: number;
  /** Peak resident set of the whole process, from the kernel (getrusage). */
  peakRssMb: number;
  /** Parsed objects (parse) or results per group (indicators): the work was done. */
  counts: Record<string, number>;
}

async function parseOnly(file: string) {
  let lines = 0;
  let objects = 0;
  for await (const { text } of readLines(file)) {
    lines += 1;
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null) objects += 1;
  }
  return { lines, counts: { objects } };
}

async function indicators(file: string) {
  let lines = 0;
  const result = await computeIndicators(readLines(file), allIndicators(), {
    onProgress: (read) => {
      lines = read;
    },
    progressEvery: 100_000,
  });
  const counts: Record<string, number> = {};
  for (const [group, ids] of Object.entries(result)) counts[group] = Object.keys(ids).length;
  return { lines, counts };
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'indicators') || !file) {
  console.error('Usage: measure.ts parse|indicators FILE');
  process.exit(2);
}
const started = performance.now();
const cpuStarted = process.cpuUsage();
const { lines, counts } = mode === 'parse' ? await parseOnly(file) : await indicators(file);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const pass: Pass = {
  mode,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  lines,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  counts,
};
console.log(JSON.stringify(pass));
