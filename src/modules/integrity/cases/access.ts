import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { declarants } from '../../declarations/schema.ts';
import { conflictCases, persons } from '../schema.ts';
import { headOf, type IntegrityViewer, seesEverything } from './viewer.ts';

/**
 * A case as its reader may see it: verifiers and the prosecutor every case, an agency head the
 * cases of their agency, the official their own. Everyone else gets a 404, as if it did not
 * exist, so that ids do not reveal who is under a case.
 */
export async function readableCase(db: Db, viewer: IntegrityViewer, id: string) {
  const [row] = await db
    .select({ kase: conflictCases, person: persons, declarant: declarants })
    .from(conflictCases)
    .innerJoin(persons, eq(persons.id, conflictCases.officialPersonId))
    .leftJoin(declarants, eq(declarants.id, persons.declarantId))
    .where(eq(conflictCases.id, id));
  if (!row) throw notFound();
  const own = row.declarant?.userId === viewer.userId;
  if (!own && !seesEverything(viewer) && !headOf(viewer, row.kase.agencyId)) throw notFound();
  return { ...row, own };
}
