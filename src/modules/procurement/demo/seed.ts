import { count, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { analyseAll } from '../analysis/run.ts';
import { storeProcesses } from '../import/store.ts';
import { loadPlans } from '../plans/load.ts';
import { procurementProcesses } from '../schema.ts';
import { demoPlanRows } from './plans.ts';
import { demoReleases } from './releases.ts';

/** Loads the synthetic procurement processes once and runs the engines over them. */
export async function seedProcurementDemo(db: Db): Promise<string[]> {
  const [held] = await db
    .select({ n: count() })
    .from(procurementProcesses)
    .where(eq(procurementProcesses.synthetic, true));
  if ((held?.n ?? 0) > 0) return [];
  const releases = demoReleases();
  await storeProcesses(db, releases, { synthetic: true });
  const plans = await loadPlans(db, demoPlanRows(), SYSTEM_ACTOR, { synthetic: true });
  if (!plans.ok) throw new Error(`demo plans refused: ${JSON.stringify(plans.problems[0])}`);
  const analysed = await analyseAll(db, new Date());
  return [
    `procurement demo: ${releases.length} synthetic processes, ${plans.plans.length} annual plans, ${analysed.flags} red flags, ${analysed.dealings} contracts handed to the relations graph`,
  ];
}
