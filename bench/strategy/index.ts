// Strategy benchmark: the dashboard figures (national rating and scores, the Strategy overview, a
// page of indicator values) under load over 100 agencies, 5,000 measures and 80,000 reports, next
// to /api/health in the same run. ratio = dashboard (scores) p95 / health p95, target at most 5.
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
  const { info, stop } = await startServers<{
    platform: string;
    measures: number;
    reports: number;
    fillSeconds: number;
  }>(new URL('./servers.ts', import.meta.url));
  const { platform } = info;
  try {
    // The first scores request computes them; the ones after are what the dashboard serves.
    const coldStart = performance.now();
    const first = await fetch(`${platform}/api/strategy/scores`);
    const coldMs = performance.now() - coldStart;
    const body = (await first.json()) as { agencies: unknown[] };
    await load('warm-up', `${platform}/api/health`, 1);
    await load('warm-up', `${platform}/api/strategy/scores`, 1);
    await load('warm-up', `${platform}/api/indicators?page=1&pageSize=20`, 1);
    const rounds: Figures[][] = [];
    for (let round = 0; round < roundCount; round++) {
      rounds.push([
        await load('GET /api/health', `${platform}/api/health`, seconds),
        await load('GET /api/strategy/scores (rating)', `${platform}/api/strategy/scores`, seconds),
        await load('GET /api/strategy (overview)', `${platform}/api/strategy`, seconds),
        await load(
          'GET /api/indicators (indicator values)',
          `${platform}/api/indicators?page=1&pageSize=20`,
          seconds,
        ),
      ]);
    }
    const results = summarise(rounds);
    console.log(
      `strategy benchmark (${quick ? 'quick, ' : ''}median of ${roundCount} round(s) of ${seconds}s per target, 10 connections, ${databaseLabel()})`,
    );
    console.log(
      `data: ${info.measures} measures, ${info.reports} reports, ${body.agencies.length} rated agencies (filled in ${info.fillSeconds}s)`,
    );
    console.log(`first (uncached) computation of the rating: ${coldMs.toFixed(0)} ms`);
    printFigures(results);
    const [health, scores, , indicators] = results as [Figures, Figures, Figures, Figures];
    console.log(`ratio: ${(scores.p95 / health.p95).toFixed(2)} (target: <= 5)`);
    console.log(`indicators ratio: ${(indicators.p95 / health.p95).toFixed(2)} (target: <= 5)`);
  } finally {
    stop();
  }
}
