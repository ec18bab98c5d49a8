import { and, asc, eq, sql } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { badInput, invalidReference, notFound } from '../../../platform/http/errors.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { assertMayKeepPlansOf } from './access.ts';

const isOfficerOf = (agencyId: string) =>
  and(eq(users.agencyId, agencyId), eq(users.active, true), sql`'officer' = ANY(${users.roles})`);

/** The active anti-corruption officers of an agency: who a measure may be entrusted to. */
export async function agencyOfficers(db: Db, user: SessionUser, agencyId: string) {
  const [agency] = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  if (!agency) throw notFound({ agency: agencyId });
  assertMayKeepPlansOf(user, agencyId);
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(isOfficerOf(agencyId))
    .orderBy(asc(users.displayName), asc(users.id));
  return { items: rows };
}

/** A measure answers to an active officer of its own agency, or to nobody named yet. */
export async function assertResponsibleOfficer(db: Db, userId: string | null, agencyId: string) {
  if (userId === null) return;
  const [found] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!found) throw invalidReference({ responsibleUserId: userId });
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isOfficerOf(agencyId)));
  if (!officer)
    throw badInput({ responsibleUserId: "must be an active officer of the measure's agency" });
}
