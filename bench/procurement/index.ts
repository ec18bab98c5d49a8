// Procurement benchmark: the OCP Cardinal indicators over 1,000,000 generated compiled releases
// (the shape of the Kyrgyz system's OCDS) in one line-delimited file, against a JSON.parse-only
// pass over the same file in the same run. Each pass runs in its own process (its peak RSS is
// its own); passes alternate, the best of each kind counts. ratio = indicators / parse, target
// at most 2; peak memory of the indicators pass, target at most 1 GiB. --quick: 50,000 releases.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReleases } from './generate.ts';
import type { Pass } from './measure.ts';

/** Runs measure.ts in a child process and gives its last stdout line, parsed. */
function measure(mode: Pass['mode'], file: string): Promise<Pass> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', new URL('./measure.ts', import.meta.url).pathname, mode, file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1);
      if (code !== 0 || !last) reject(new Error(`measure.ts ${mode} exited with ${code}`));
      else resolve(JSON.parse(last) as Pass);
    });
  });
}

const best = (passes: Pass[]) => passes.reduce((a, b) => (b.seconds < a.seconds ? b : a));

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  const count = quick ? 50_000 : 1_000_000;
  const rounds = quick ? 1 : 2;
  const dir = mkdtempSync(join(tmpdir(), 'akniet-bench-procurement-'));
  const file = join(dir, 'releases.jsonl');
  try {
    const started = performance.now();
    const { bytes } = await writeReleases(file, count);
    const generated = (performance.now() - started) / 1000;
    const passes: Pass[] = [];
    for (let round = 0; round < rounds; round++) {
      passes.push(await measure('parse', file));
      passes.push(await measure('indicators', file));
    }
    const parse = best(passes.filter((p) => p.mode === 'parse'));
    const indicators = best(passes.filter((p) => p.mode === 'indicators'));
    const peak = Math.max(...passes.filter((p) => p.mode === 'indicators').map((p) => p.peakRssMb));
    const line = (name: string, p: Pass) => {
      const perSecond = Math.round(p.lines / p.seconds).toString();
      console.log(
        `  ${name.padEnd(42)} ${p.seconds.toFixed(2).padStart(7)} s (CPU ${p.cpuSeconds.toFixed(2).padStart(6)} s)  ${perSecond.padStart(6)} releases/s  peak RSS ${String(p.peakRssMb).padStart(4)} MB`,
      );
    };
    console.log(
      `procurement benchmark (${quick ? 'quick, ' : ''}${count.toLocaleString('en')} compiled releases, ${(bytes / 2 ** 30).toFixed(2)} GiB, generated in ${generated.toFixed(1)} s; each pass in its own process, best of ${rounds})`,
    );
    line('read + JSON.parse (baseline)', parse);
    line('read + JSON.parse + Cardinal indicators', indicators);
    console.log(
      `  results: ${Object.entries(indicators.counts)
        .map(([group, n]) => `${n.toLocaleString('en')} ${group}`)
        .join(', ')}`,
    );
    console.log(`  peak memory of the indicators pass: ${peak} MB (target: <= 1024)`);
    console.log(
      `  CPU time, indicators / parse: ${(indicators.cpuSeconds / parse.cpuSeconds).toFixed(2)} (wall time is the ratio below; CPU time varies less when the machine is shared)`,
    );
    console.log(`ratio: ${(indicators.seconds / parse.seconds).toFixed(2)} (target: <= 2)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
