// HTTP benchmark: /api/health and an authenticated read (the signed-in caller's account) against a
// bare Fastify hello route, run in one process. ratio = health req/s / bare req/s, target >= 0.5.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(
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
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median round of each target: rounds alternate targets so drift in the machine hits all. */
function summarise(rounds: Figures[][]): Figures[] {
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
    };
  });
}

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  const seconds = quick ? 3 : 5;
  const roundCount = quick ? 1 : 3;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./servers.ts', import.meta.url))],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`benchmark servers exited with ${code}`)));
  });
  const { platform, bare, cookie } = JSON.parse(firstLine) as {
    platform: string;
    bare: string;
    cookie: string;
  };
  try {
    // A warm-up of each target, so JIT and caches are not part of the measurement.
    await load('warm-up', `${bare}/hello`, 2);
    await load('warm-up', `${platform}/api/health`, 2);
    await load('warm-up', `${platform}/api/session`, 1, { cookie });
    const rounds: Figures[][] = [];
    for (let round = 0; round < roundCount; round++) {
      rounds.push([
        await load('bare Fastify /hello', `${bare}/hello`, seconds),
        await load('GET /api/health', `${platform}/api/health`, seconds),
        await load('GET /api/session (signed in)', `${platform}/api/session`, seconds, { cookie }),
      ]);
    }
    const results = summarise(rounds);
    console.log(
      `http benchmark (${quick ? 'quick, ' : ''}median of ${roundCount} round(s) of ${seconds}s per target, 10 connections, ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL server' : 'PGlite'})`,
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(32)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}  non-2xx ${r.non2xx}`,
      );
    }
    const [bareResult, health, read] = results as [Figures, Figures, Figures];
    if (health.non2xx + read.non2xx + health.errors + read.errors > 0) {
      console.log('warning: some requests failed; the figures above count only answered ones');
    }
    console.log(
      `authenticated read / bare: ${(read.requestsPerSecond / bareResult.requestsPerSecond).toFixed(3)}`,
    );
    console.log(
      `ratio: ${(health.requestsPerSecond / bareResult.requestsPerSecond).toFixed(3)} (target: 0.5)`,
    );
  } finally {
    child.kill('SIGTERM');
  }
}
