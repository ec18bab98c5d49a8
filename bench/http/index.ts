// HTTP benchmark: /api/health and an authenticated read (the signed-in caller's account) against a
// bare Fastify hello route, run in one process. ratio = health req/s / bare req/s, target >= 0.5.
import {
  databaseLabel,
  type Figures,
  load,
  printFigures,
  startServers,
  summarise,
} from '../load.ts';

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  const seconds = quick ? 3 : 5;
  const roundCount = quick ? 1 : 3;
  const { info, stop } = await startServers<{ platform: string; bare: string; cookie: string }>(
    new URL('./servers.ts', import.meta.url),
  );
  const { platform, bare, cookie } = info;
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
      `http benchmark (${quick ? 'quick, ' : ''}median of ${roundCount} round(s) of ${seconds}s per target, 10 connections, ${databaseLabel()})`,
    );
    printFigures(results);
    const [bareResult, health, read] = results as [Figures, Figures, Figures];
    console.log(
      `authenticated read / bare: ${(read.requestsPerSecond / bareResult.requestsPerSecond).toFixed(3)}`,
    );
    console.log(
      `ratio: ${(health.requestsPerSecond / bareResult.requestsPerSecond).toFixed(3)} (target: 0.5)`,
    );
  } finally {
    stop();
  }
}
