import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { IdentityInput } from '../intake/content.ts';
import { REPORTER_ACTOR } from '../intake/reporter-actor.ts';
import { sealIdentity } from '../intake/submit.ts';
import { custodians } from '../read/bodies.ts';
import type { ReportRow } from '../read/report-view.ts';
import { identityKeyHolders, reportIdentities } from '../schema.ts';

/** A reporter who first stayed anonymous may later give their identity (once). */
export async function discloseIdentity(
  db: Db,
  row: ReportRow,
  reporterPublicKey: Uint8Array,
  identity: IdentityInput,
) {
  const [existing] = await db
    .select({ id: reportIdentities.reportId })
    .from(reportIdentities)
    .where(eq(reportIdentities.reportId, row.id));
  if (existing) throw new AppError(409, 'identity_already_given');
  const sealed = sealIdentity(row.id, identity, reporterPublicKey, await custodians(db));
  await db.transaction(async (tx) => {
    await tx.insert(reportIdentities).values(sealed.row);
    if (sealed.keys.length > 0) await tx.insert(identityKeyHolders).values(sealed.keys);
    await recordAudit(tx, REPORTER_ACTOR, {
      action: 'identity.given',
      entityType: 'report',
      entityId: row.id,
    });
  });
}
