import { count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { analyseAll } from '../analysis/run.ts';
import { storeProcesses } from '../import/store.ts';
import { procurementProcesses } from '../schema.ts';
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
  const analysed = await analyseAll(db, new Date());
  return [
    `procurement demo: ${releases.length} synthetic processes, ${analysed.flags} red flags, ${analysed.dealings} contracts handed to the relations graph`,
  ];
}
