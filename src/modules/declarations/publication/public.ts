import { readFileSync } from 'node:fs';
import { and, asc, count, desc, eq, ilike, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { formatAmount } from '../../../platform/money.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants, declarations, declarationVersions } from '../schema.ts';
import { publicDeclaration } from './redact.ts';

const publication = JSON.parse(
  readFileSync(new URL('../data/publication.json', import.meta.url), 'utf8'),
) as {
  publishedPostCategories: string[];
};
/** The posts whose declarations are published (data/publication.json gives the basis). */
export const PUBLISHED_POST_CATEGORIES: readonly string[] = publication.publishedPostCategories;

/** Published: submitted, of a post the law publishes, and the person not on the non-publication list. */
export const isPublished = (): SQL =>
  and(
    sql`${declarations.version} > 0`,
    inArray(declarations.postCategory, [...PUBLISHED_POST_CATEGORIES]),
    isNull(declarants.notPublishedReason),
  )!;

/** Joins a declaration to its latest submitted version. */
export const latestVersionJoin = and(
  eq(declarationVersions.declarationId, declarations.id),
  eq(declarationVersions.version, declarations.version),
);

const som = (tyiyn: number) => formatAmount(BigInt(tyiyn));

const SORTS = {
  name: declarants.fullName,
  year: declarations.year,
  income: declarationVersions.incomeTyiyn,
  assets: declarationVersions.monetaryAssetsTyiyn,
} as const;
export type PublicSort = keyof typeof SORTS;

/** The public search of published declarations: summary figures only, never the PIN. */
export async function searchPublished(
  db: Db,
  filter: { q?: string | undefined; year?: number | undefined; agencyId?: string | undefined },
  sort: { field: PublicSort; descending: boolean },
  page: { page: number; pageSize: number },
) {
  const where = and(
    isPublished(),
    filter.q ? ilike(declarants.fullName, containsPattern(filter.q)) : undefined,
    filter.year ? eq(declarations.year, filter.year) : undefined,
    filter.agencyId ? eq(declarations.agencyId, filter.agencyId) : undefined,
  );
  const rows = db
    .select({
      id: declarations.id,
      declarantId: declarants.id,
      fullName: declarants.fullName,
      post: declarations.post,
      year: declarations.year,
      agency: { id: agencies.id, code: agencies.code, name: agencies.name },
      income: declarationVersions.incomeTyiyn,
      monetaryAssets: declarationVersions.monetaryAssetsTyiyn,
      propertyValue: declarationVersions.propertyValueTyiyn,
      synthetic: declarations.synthetic,
    })
    .from(declarations)
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .innerJoin(declarationVersions, latestVersionJoin)
    .innerJoin(agencies, eq(agencies.id, declarations.agencyId))
    .where(where);
  const total = db
    .select({ n: count() })
    .from(declarations)
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .where(where);
  const column = SORTS[sort.field];
  return fetchPage(
    page,
    (limit, offset) =>
      rows
        .orderBy(sort.descending ? desc(column) : asc(column), asc(declarations.id))
        .limit(limit)
        .offset(offset),
    () => total,
    ({ income, monetaryAssets, propertyValue, ...r }) => ({
      ...r,
      incomeSom: som(income),
      monetaryAssetsSom: som(monetaryAssets),
      propertyValueSom: som(propertyValue),
    }),
  );
}

/** One published declaration, redacted; 404 for anything not published. */
export async function publishedDeclaration(db: Db, id: string) {
  const [row] = await db
    .select({
      id: declarations.id,
      declarantId: declarants.id,
      fullName: declarants.fullName,
      post: declarations.post,
      year: declarations.year,
      version: declarations.version,
      agency: { id: agencies.id, code: agencies.code, name: agencies.name },
      content: declarationVersions.content,
      submittedAt: declarationVersions.submittedAt,
      income: declarationVersions.incomeTyiyn,
      monetaryAssets: declarationVersions.monetaryAssetsTyiyn,
      propertyValue: declarationVersions.propertyValueTyiyn,
      synthetic: declarations.synthetic,
    })
    .from(declarations)
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .innerJoin(declarationVersions, latestVersionJoin)
    .innerJoin(agencies, eq(agencies.id, declarations.agencyId))
    .where(and(eq(declarations.id, id), isPublished()));
  if (!row) throw notFound();
  const { content, income, monetaryAssets, propertyValue, submittedAt, ...header } = row;
  return {
    ...header,
    submittedAt: submittedAt.toISOString(),
    totals: {
      incomeSom: som(income),
      monetaryAssetsSom: som(monetaryAssets),
      propertyValueSom: som(propertyValue),
    },
    declaration: publicDeclaration(content, row.year),
  };
}

/** A published declarant's figures year by year, for the year-over-year charts. */
export async function publishedHistory(db: Db, declarantId: string) {
  const rows = await db
    .select({
      id: declarations.id,
      year: declarations.year,
      fullName: declarants.fullName,
      post: declarations.post,
      income: declarationVersions.incomeTyiyn,
      monetaryAssets: declarationVersions.monetaryAssetsTyiyn,
      propertyValue: declarationVersions.propertyValueTyiyn,
      synthetic: declarations.synthetic,
    })
    .from(declarations)
    .innerJoin(declarants, eq(declarants.id, declarations.declarantId))
    .innerJoin(declarationVersions, latestVersionJoin)
    .where(and(eq(declarants.id, declarantId), isPublished()))
    .orderBy(asc(declarations.year));
  if (rows.length === 0) throw notFound();
  return {
    declarantId,
    fullName: rows.at(-1)!.fullName,
    post: rows.at(-1)!.post,
    years: rows.map((r) => ({
      declarationId: r.id,
      year: r.year,
      incomeSom: som(r.income),
      monetaryAssetsSom: som(r.monetaryAssets),
      propertyValueSom: som(r.propertyValue),
      synthetic: r.synthetic,
    })),
  };
}
