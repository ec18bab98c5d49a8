import { and, desc, eq, gte, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, invalidReference } from '../../../platform/http/errors.ts';
import { bishkekDate } from '../../declarations/filing/today.ts';
import { declarants } from '../../declarations/schema.ts';
import { survivorOf } from '../graph/entities.ts';
import { legalEntities, persons, relations } from '../schema.ts';

/**
 * The official a case is about and the agency the case belongs to (whose head decides the
 * measure). The person is followed to the survivor of any merge. The agency is the one of their
 * declarant record; an official who does not declare (known from an appointment or registry)
 * belongs to the state body they are employed by now. Anyone else is refused.
 */
export async function officialOf(tx: Db, personId: string, field: string, now = new Date()) {
  const [exists] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!exists) throw invalidReference({ field });
  const id = await survivorOf(tx, personId);
  const [row] = await tx
    .select({ person: persons, declarant: declarants })
    .from(persons)
    .leftJoin(declarants, eq(declarants.id, persons.declarantId))
    .where(eq(persons.id, id));
  if (!row) throw invalidReference({ field });
  if (row.declarant) {
    return { person: row.person, agencyId: row.declarant.agencyId, userId: row.declarant.userId };
  }
  const [employer] = await tx
    .select({ agencyId: legalEntities.agencyId })
    .from(relations)
    .innerJoin(legalEntities, eq(legalEntities.id, relations.toOrganisationId))
    .where(
      and(
        eq(relations.fromPersonId, id),
        eq(relations.kind, 'employment'),
        isNotNull(legalEntities.agencyId),
        or(isNull(relations.validUntil), gte(relations.validUntil, bishkekDate(now))),
      ),
    )
    .orderBy(desc(relations.validFrom))
    .limit(1);
  if (!employer?.agencyId) throw new AppError(400, 'not_an_official', { field });
  return { person: row.person, agencyId: employer.agencyId, userId: null };
}
