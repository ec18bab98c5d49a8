import { recordAuditNow, SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { recheckAll } from './run-checks.ts';

export const RECHECK_JOB = 'declarations.recheck';

/** The nightly re-check job: every submitted declaration against today's registries and settings. */
export async function nightlyRecheck(db: Db) {
  const result = await recheckAll(db, new Date());
  await recordAuditNow(db, SYSTEM_ACTOR, {
    action: 'declarations.rechecked',
    entityType: 'declaration',
    details: result,
  });
  return result;
}
