// Reporting benchmark (issue 8). Part 1: 200 concurrent encrypted intakes of ~1 MB photos
// against a plain insert of the same payloads into the same database, in the same run; ratio =
// intake / plain, target at most 2. Part 2: `akniet serve` killed with SIGKILL during 1,000
// submissions; every acknowledged report must be there after the restart (exit 1 if any is not).
// --quick: 40 submissions in part 1; 200 in part 2, killed after 100.
// Each part runs alone too: `npm run bench -- reporting-intake|reporting-durability [--quick]`.
import { measureDurability } from './durability.ts';
import { finish } from './finish.ts';
import { measureIntake } from './intake.ts';

export async function run(args: string[]) {
  const quick = args.includes('--quick');
  const intake = await measureIntake(quick);
  console.log('');
  const durability = await measureDurability(quick);
  const durable = durability.lost === 0 && durability.acknowledged > 0;
  console.log(
    `durability: ${durable ? 'every acknowledged report survived kill -9' : `FAILED: ${durability.lost} of ${durability.acknowledged} acknowledged reports lost`}`,
  );
  if (!durable) process.exitCode = 1;
  console.log(`ratio: ${intake.ratio.toFixed(2)} (target: at most 2)`);
  finish();
}
