// Shared by the HTTP benchmarks: a load run with autocannon, percentiles, rounds, and the servers' child process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

export interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Requests not answered within autocannon's 10 s: the server was stalled. */
  timeouts: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function load(
  name: string,
  url: string,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Figures> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: 10, duration: seconds, headers }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median round of each target: rounds alternate targets so drift in the machine hits all. */
export function summarise(rounds: Figures[][]): Figures[] {
  return rounds[0]!.map((first, i) => {
    const runs = rounds.map((r) => r[i]!);
    return {
      name: first.name,
      requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
      p50: median(runs.map((r) => r.p50)),
      p95: median(runs.map((r) => r.p95)),
      p99: median(runs.map((r) => r.p99)),
      errors: runs.reduce((n, r) => n + r.errors, 0),
      non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
      timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
    };
  });
}

export function printFigures(results: readonly Figures[]) {
  for (const r of results) {
    console.log(
      `${r.name.padEnd(36)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}  non-2xx ${r.non2xx}  timeouts ${r.timeouts}`,
    );
  }
  if (results.some((r) => r.errors + r.non2xx + r.timeouts > 0)) {
    console.log('warning: some requests failed; the figures above count only answered ones');
  }
}

/** Starts a benchmark's servers in a child process; its first stdout line is JSON about them. */
export async function startServers<T>(script: URL): Promise<{ info: T; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script.pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark servers exited with ${code}`)));
  });
  return { info: JSON.parse(firstLine) as T, stop: () => child.kill('SIGTERM') };
}

export const databaseLabel = () =>
  process.env.BENCH_DATABASE_URL ? 'PostgreSQL server' : 'PGlite';
