import { recordAuditNow, SYSTEM_ACTOR } from './audit/service.ts';
import type { Db } from './db/client.ts';
import type { PlatformModule } from './module.ts';

/** Runs every module's seed in order; safe to run again. */
export async function seedAll(
  db: Db,
  modules: readonly PlatformModule[],
  opts: { demo: boolean },
): Promise<string[]> {
  const report: string[] = [];
  for (const mod of modules) {
    if (mod.seed) report.push(...(await mod.seed(db, opts)));
  }
  if (report.length > 0) {
    await recordAuditNow(db, SYSTEM_ACTOR, {
      action: 'seed.applied',
      entityType: 'platform',
      details: { demo: opts.demo, report },
    });
  }
  return report;
}
