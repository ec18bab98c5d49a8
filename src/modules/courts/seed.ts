import { SYSTEM_ACTOR } from '../../platform/audit/service.ts';
import type { Db } from '../../platform/db/client.ts';
import { DEFAULT_RULES } from './config/categories.ts';
import { logCategories, publishRulesIn } from './config/publish.ts';
import { seedCourtsDemo } from './demo/seed.ts';
import { withAllocationLog } from './log/writer.ts';
import { allocationLog } from './schema.ts';

/**
 * The case categories and the first rules version are logged once; with demo data, a synthetic
 * history of courts, judges and allocations instead (which logs them too, in the past).
 */
export async function seedCourts(db: Db, { demo }: { demo: boolean }): Promise<string[]> {
  const [any] = await db.select({ seq: allocationLog.seq }).from(allocationLog).limit(1);
  if (any) return [];
  if (demo) return seedCourtsDemo(db);
  await withAllocationLog(db, async (log) => {
    await logCategories(log);
    await publishRulesIn(log, DEFAULT_RULES, SYSTEM_ACTOR);
  });
  return ['courts: case categories and allocation rules version 1 (in force from tomorrow)'];
}
