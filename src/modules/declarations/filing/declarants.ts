import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { guarded, notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { declarants, filingYears } from '../schema.ts';

export interface NewDeclarant {
  pin: string;
  fullName: string;
  birthDate: string | null;
  userId: string | null;
  agencyId: string;
  post: string;
  postCategory: string;
  declaresFrom: number;
}

const view = (d: typeof declarants.$inferSelect) => ({
  id: d.id,
  pin: d.pin,
  fullName: d.fullName,
  birthDate: d.birthDate,
  userId: d.userId,
  agencyId: d.agencyId,
  post: d.post,
  postCategory: d.postCategory,
  declaresFrom: d.declaresFrom,
  declaresUntil: d.declaresUntil,
  notPublishedReason: d.notPublishedReason,
  synthetic: d.synthetic,
});

/** The register of persons who must declare (admins and verifiers). */
export async function listDeclarants(
  db: Db,
  filter: { q?: string | undefined; agencyId?: string | undefined },
  page: { page: number; pageSize: number },
) {
  const where: SQL[] = [];
  if (filter.q) where.push(ilike(declarants.fullName, containsPattern(filter.q)));
  if (filter.agencyId) where.push(eq(declarants.agencyId, filter.agencyId));
  const condition = where.length ? and(...where) : undefined;
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select()
        .from(declarants)
        .where(condition)
        .orderBy(asc(declarants.fullName), asc(declarants.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(declarants).where(condition),
    view,
  );
}

export async function registerDeclarant(db: Db, actor: Actor, input: NewDeclarant) {
  return guarded(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.insert(declarants).values(input).returning();
      await recordAudit(tx, actor, {
        action: 'declarant.registered',
        entityType: 'declarant',
        entityId: row!.id,
        details: { agencyId: input.agencyId, post: input.post, postCategory: input.postCategory },
      });
      return view(row!);
    }),
  );
}

/** Changes to post, term of office and the non-publication list, audited with before and after. */
export async function updateDeclarant(
  db: Db,
  actor: Actor,
  id: string,
  change: Partial<Pick<NewDeclarant, 'post' | 'postCategory' | 'agencyId'>> & {
    declaresUntil?: number | null;
    notPublishedReason?: string | null;
  },
) {
  return guarded(() =>
    db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(declarants)
        .where(eq(declarants.id, id))
        .for('update');
      if (!before) throw notFound();
      const [after] = await tx
        .update(declarants)
        .set(change)
        .where(eq(declarants.id, id))
        .returning();
      const changed = Object.fromEntries(
        Object.keys(change).map((k) => [
          k,
          { before: before[k as keyof typeof before], after: after![k as keyof typeof after] },
        ]),
      );
      await recordAudit(tx, actor, {
        action: 'declarant.updated',
        entityType: 'declarant',
        entityId: id,
        details: changed,
      });
      return view(after!);
    }),
  );
}

export async function listFilingYears(db: Db) {
  return db.select().from(filingYears).orderBy(asc(filingYears.year));
}

export async function setFilingYear(db: Db, actor: Actor, year: number, deadline: string) {
  await db.transaction(async (tx) => {
    await tx
      .insert(filingYears)
      .values({ year, deadline })
      .onConflictDoUpdate({ target: filingYears.year, set: { deadline } });
    await recordAudit(tx, actor, {
      action: 'declaration_year.set',
      entityType: 'declaration_year',
      entityId: String(year),
      details: { deadline },
    });
  });
}
