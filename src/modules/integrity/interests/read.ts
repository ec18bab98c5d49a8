import { and, asc, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { findDeclarant } from '../../declarations/filing/drafts.ts';
import { declarants } from '../../declarations/schema.ts';
import { type IntegrityViewer, seesEverything } from '../cases/viewer.ts';
import { interestDeclarations } from '../schema.ts';

const SORTS = {
  filed: interestDeclarations.filedAt,
  effective: interestDeclarations.effectiveOn,
  name: declarants.fullName,
} as const;
export type InterestSort = keyof typeof SORTS;

type Row = {
  d: typeof interestDeclarations.$inferSelect;
  fullName: string;
  agency: { id: string; code: string; name: LocalizedText };
};

const summary = ({ d, fullName, agency }: Row) => ({
  id: d.id,
  declarant: { id: d.declarantId, fullName },
  agency,
  occasion: d.occasion,
  post: d.post,
  effectiveOn: d.effectiveOn,
  filedAt: d.filedAt.toISOString(),
  receipt: d.receipt,
  counts: {
    relatives: d.content.relatives.length,
    companies: d.content.companies.length,
    paidActivities: d.content.paidActivities.length,
    associations: d.content.associations.length,
  },
  synthetic: d.synthetic,
});

function page(
  db: Db,
  where: ReturnType<typeof and>,
  sort: { field: InterestSort; descending: boolean },
  request: PageRequest,
) {
  const column = SORTS[sort.field];
  return fetchPage(
    request,
    (limit, offset) =>
      db
        .select({
          d: interestDeclarations,
          fullName: declarants.fullName,
          agency: { id: agencies.id, code: agencies.code, name: agencies.name },
        })
        .from(interestDeclarations)
        .innerJoin(declarants, eq(declarants.id, interestDeclarations.declarantId))
        .innerJoin(agencies, eq(agencies.id, interestDeclarations.agencyId))
        .where(where)
        .orderBy(sort.descending ? desc(column) : asc(column), asc(interestDeclarations.id))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(interestDeclarations)
        .innerJoin(declarants, eq(declarants.id, interestDeclarations.declarantId))
        .where(where),
    summary,
  );
}

/** The declarant's own declarations of interests, with the register entry the form starts from. */
export async function myInterestDeclarations(
  db: Db,
  viewer: IntegrityViewer,
  request: PageRequest,
) {
  const me = await findDeclarant(db, viewer.userId);
  if (!me) return { items: [], total: 0, ...request, declarant: null };
  const list = await page(
    db,
    eq(interestDeclarations.declarantId, me.id),
    { field: 'filed', descending: true },
    request,
  );
  return {
    ...list,
    declarant: { id: me.id, fullName: me.fullName, post: me.post, postCategory: me.postCategory },
  };
}

/** The verifier's list of every filed declaration of interests; the read is audited. */
export async function listInterestDeclarations(
  db: Db,
  actor: Actor,
  filter: { search?: string | undefined },
  sort: { field: InterestSort; descending: boolean },
  request: PageRequest,
) {
  const where = filter.search
    ? or(
        ilike(declarants.fullName, containsPattern(filter.search)),
        ilike(interestDeclarations.post, containsPattern(filter.search)),
      )
    : undefined;
  const list = await page(db, and(where), sort, request);
  await recordAuditNow(db, actor, {
    action: 'interest_declarations.listed',
    entityType: 'interest_declaration',
    details: { search: filter.search ?? null, page: request.page, shown: list.items.length },
  });
  return list;
}

/** One declaration of interests in full: verifiers, the prosecutor, and the declarant's own. */
export async function interestDeclarationView(
  db: Db,
  viewer: IntegrityViewer,
  actor: Actor,
  id: string,
) {
  const [row] = await db
    .select({
      d: interestDeclarations,
      declarant: declarants,
      agency: { id: agencies.id, code: agencies.code, name: agencies.name },
    })
    .from(interestDeclarations)
    .innerJoin(declarants, eq(declarants.id, interestDeclarations.declarantId))
    .innerJoin(agencies, eq(agencies.id, interestDeclarations.agencyId))
    .where(eq(interestDeclarations.id, id));
  if (!row) throw notFound();
  const own = row.declarant.userId === viewer.userId;
  if (!own && !seesEverything(viewer)) throw notFound();
  if (!own) {
    await recordAuditNow(db, actor, {
      action: 'interest_declaration.viewed',
      entityType: 'interest_declaration',
      entityId: id,
      details: { declarantId: row.declarant.id },
    });
  }
  const { d } = row;
  return {
    id: d.id,
    declarant: {
      id: row.declarant.id,
      fullName: row.declarant.fullName,
      post: row.declarant.post,
      postCategory: row.declarant.postCategory,
    },
    agency: row.agency,
    occasion: d.occasion,
    post: d.post,
    effectiveOn: d.effectiveOn,
    content: d.content,
    receipt: d.receipt,
    filedAt: d.filedAt.toISOString(),
    synthetic: d.synthetic,
  };
}
