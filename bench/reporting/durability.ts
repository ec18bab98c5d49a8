// Part 2: the real server takes submissions (a photo of ~50 KB each, 20 at a time) and is killed
// with SIGKILL once half of them have been acknowledged; after a restart on the same data
// directory every acknowledged receipt must still open its report. An acknowledgement (201 with
// the receipt) is a promise that the report is stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pool, signIn, submit } from './client.ts';
import { finish } from './finish.ts';
import { noisePhoto } from './photo.ts';
import { type ChildServer, startServer } from './server.ts';

export interface DurabilityFigures {
  acknowledged: number;
  found: number;
  lost: number;
}

const CONCURRENCY = 20;
const SIGN_IN_CONCURRENCY = 8;

export async function measureDurability(quick: boolean): Promise<DurabilityFigures> {
  const total = quick ? 200 : 1000;
  const killAfter = total / 2;
  const dir = mkdtempSync(join(tmpdir(), 'akniet-bench-reporting-kill-'));
  let server: ChildServer | null = null;
  try {
    let t0 = performance.now();
    server = await startServer(dir);
    const firstStart = (performance.now() - t0) / 1000;
    const intakeInfo = (await (await fetch(`${server.url}/api/reporting/intake`)).json()) as {
      categories: Array<{ code: string; available: boolean }>;
    };
    if (!intakeInfo.categories.find((c) => c.code === 'bribery')?.available)
      throw new Error('the demo data has no handler with a reporting key for "bribery"');
    const photo = await noisePhoto(280, 210);
    console.log(
      `reporting durability: ${total} submissions (${Math.round(photo.length / 1024)} KiB photo each, ${CONCURRENCY} at a time) to \`akniet serve\`, SIGKILL after ${killAfter} acknowledgements (server started in ${firstStart.toFixed(1)} s)`,
    );

    const receipts: string[] = [];
    const refused = new Map<string, number>();
    let unanswered = 0;
    let killing: Promise<void> | null = null;
    const running = server;
    t0 = performance.now();
    await pool(
      total,
      CONCURRENCY,
      async (i) => {
        try {
          const answer = await submit(running.url, i, photo);
          if (answer.ok) {
            receipts.push(answer.receipt);
            // Killed at once, in the same tick as the acknowledgement that reached the mark.
            if (receipts.length === killAfter) killing = running.kill();
          } else {
            const key = `${answer.status} ${answer.body.slice(0, 120)}`;
            refused.set(key, (refused.get(key) ?? 0) + 1);
          }
        } catch {
          unanswered++; // the connection died with the server
        }
      },
      () => killing !== null,
    );
    await (killing ?? running.kill());
    const submitSeconds = (performance.now() - t0) / 1000;
    server = null;
    console.log(
      `before the kill: ${receipts.length} acknowledged in ${submitSeconds.toFixed(1)} s (${(receipts.length / submitSeconds).toFixed(1)}/s), ${unanswered} in flight and unanswered, ${[...refused.values()].reduce((a, b) => a + b, 0)} refused`,
    );
    for (const [why, n] of refused) console.log(`  refused ${n}x: ${why}`);

    t0 = performance.now();
    server = await startServer(dir);
    const restart = (performance.now() - t0) / 1000;
    const restarted = server;
    let found = 0;
    const lost: string[] = [];
    const odd = new Map<string, number>();
    t0 = performance.now();
    await pool(receipts.length, SIGN_IN_CONCURRENCY, async (i) => {
      const answer = await signIn(restarted.url, receipts[i]!);
      if (answer.status === 200) found++;
      else if (answer.status === 401) lost.push(receipts[i]!);
      else {
        const key = `${answer.status} ${answer.body.slice(0, 120)}`;
        odd.set(key, (odd.get(key) ?? 0) + 1);
      }
    });
    const checkSeconds = (performance.now() - t0) / 1000;
    console.log(
      `after restart (${restart.toFixed(1)} s): ${receipts.length} receipts signed in with in ${checkSeconds.toFixed(1)} s`,
    );
    for (const [why, n] of odd) console.log(`  could not check ${n}x: ${why}`);
    const notFound = receipts.length - found;
    console.log(`acknowledged: ${receipts.length}, found: ${found}, lost: ${notFound}`);
    if (lost.length > 0) console.log(`  first lost receipt: ${lost[0]}`);
    return { acknowledged: receipts.length, found, lost: notFound };
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- reporting-durability [--quick]`: this part alone. */
export async function run(args: string[]) {
  const figures = await measureDurability(args.includes('--quick'));
  if (figures.lost > 0 || figures.acknowledged === 0) process.exitCode = 1;
  finish();
}
