import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { buyerOrganisation } from '../../integrity/dealings/procurement.ts';
import { procurementProcesses } from '../schema.ts';

/**
 * Matches an OCDS buyer to its platform agency (by the INN its id carries, or by the agency's
 * name) and keeps the link on all the buyer's processes. Null when the buyer is not on the platform.
 */
export async function linkBuyer(
  db: Db,
  buyerId: string,
  buyerName: string | null,
): Promise<string | null> {
  const organisation = await buyerOrganisation(db, {
    identifier: buyerId.match(/\d{14}/)?.[0] ?? buyerId,
    name: buyerName,
  });
  const agencyId = organisation?.agencyId ?? null;
  if (agencyId) {
    await db
      .update(procurementProcesses)
      .set({ buyerAgencyId: agencyId })
      .where(eq(procurementProcesses.buyerId, buyerId));
  }
  return agencyId;
}
