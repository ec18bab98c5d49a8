import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { badInput, guarded, invalidReference, notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { organisationMembers, organisations } from './schema.ts';

type OrganisationRow = typeof organisations.$inferSelect;

/** Only accounts holding this role may file on behalf of an organisation. */
export const MEMBER_ROLE = 'public';

export const organisationView = (o: OrganisationRow) => ({
  id: o.id,
  name: o.name,
  registrationNumber: o.registrationNumber,
  website: o.website,
  synthetic: o.synthetic,
  createdAt: o.createdAt.toISOString(),
});

export interface OrganisationInput {
  name: LocalizedText;
  registrationNumber: string;
  website: string | null;
}

/** Registers a civil-society organisation; a registration number already taken is a 409. */
export async function registerOrganisation(db: Db, actor: Actor, input: OrganisationInput) {
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx.insert(organisations).values(input).returning();
      await recordAudit(tx, actor, {
        action: 'organisation.registered',
        entityType: 'organisation',
        entityId: created!.id,
        details: { after: input },
      });
      return created!;
    }),
  );
  return organisationView(row);
}

export async function listOrganisations(db: Db, opts: PageRequest & { q?: string | undefined }) {
  let where: SQL | undefined;
  if (opts.q) {
    const like = containsPattern(opts.q);
    where = or(
      sql`${organisations.registrationNumber} ILIKE ${like}`,
      sql`${organisations.name}->>'ky' ILIKE ${like}`,
      sql`${organisations.name}->>'ru' ILIKE ${like}`,
      sql`${organisations.name}->>'en' ILIKE ${like}`,
    );
  }
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(organisations)
        .where(where)
        // Names sort in Kyrgyz, the language the UI leads with.
        .orderBy(asc(sql`${organisations.name}->>'ky'`), asc(organisations.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(organisations).where(where),
    organisationView,
  );
}

export async function getOrganisation(db: Db, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** Adds an account as a member; only accounts holding the 'public' role may be members. */
export async function addMember(db: Db, actor: Actor, organisationId: string, userId: string) {
  if (!(await getOrganisation(db, organisationId)))
    throw notFound({ organisation: organisationId });
  const [user] = await db
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw invalidReference({ userId });
  if (!user.roles.includes(MEMBER_ROLE)) {
    throw badInput({
      userId: `only accounts holding the role '${MEMBER_ROLE}' may be members of an organisation`,
    });
  }
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [added] = await tx
        .insert(organisationMembers)
        .values({ organisationId, userId })
        .returning();
      await recordAudit(tx, actor, {
        action: 'organisation.member_added',
        entityType: 'organisation',
        entityId: organisationId,
        details: { userId },
      });
      return added!;
    }),
  );
  return {
    organisationId: row.organisationId,
    userId: row.userId,
    addedAt: row.addedAt.toISOString(),
  };
}

export async function isMember(db: Db, organisationId: string, userId: string) {
  const [row] = await db
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(
      and(
        eq(organisationMembers.organisationId, organisationId),
        eq(organisationMembers.userId, userId),
      ),
    );
  return !!row;
}

/** An organisation's members with their names, in the order they were added. */
export async function listMembers(db: Db, organisationId: string) {
  if (!(await getOrganisation(db, organisationId)))
    throw notFound({ organisation: organisationId });
  const rows = await db
    .select({
      userId: organisationMembers.userId,
      username: users.username,
      displayName: users.displayName,
      addedAt: organisationMembers.addedAt,
    })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(asc(organisationMembers.addedAt), asc(users.username));
  return { items: rows.map((m) => ({ ...m, addedAt: m.addedAt.toISOString() })) };
}

/**
 * Ends a membership: the account can no longer file for the organisation. Reports it filed
 * stay as they are (they are final). 404 when the account is not a member.
 */
export async function removeMember(db: Db, actor: Actor, organisationId: string, userId: string) {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, organisationId),
          eq(organisationMembers.userId, userId),
        ),
      )
      .returning({ userId: organisationMembers.userId });
    if (!removed) throw notFound({ organisation: organisationId, userId });
    await recordAudit(tx, actor, {
      action: 'organisation.member_removed',
      entityType: 'organisation',
      entityId: organisationId,
      details: { userId },
    });
  });
}

/** The organisations an account may file for: what the filing form offers it. */
export async function organisationsOf(db: Db, userId: string) {
  const rows = await db
    .select({ o: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(sql`${organisations.name}->>'ky'`), asc(organisations.id));
  return { items: rows.map(({ o }) => organisationView(o)) };
}
