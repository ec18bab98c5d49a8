import { and, asc, count, eq, ilike, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { legalEntities } from '../schema.ts';

/**
 * The kinds of the public list of Plan item 5: budget-funded organisations, state and municipal
 * enterprises, companies with a state share and trustees of state property.
 */
export const REGISTER_KINDS = [
  'budget_funded',
  'state_enterprise',
  'municipal_enterprise',
  'state_share_company',
  'state_property_trustee',
] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

const parent = alias(legalEntities, 'parent');

const SORTS = {
  name: legalEntities.name,
  registrationNumber: legalEntities.registrationNumber,
  statePercent: legalEntities.statePercent,
} as const;
export type RegisterSort = keyof typeof SORTS;

/** The public register of state organisations: search by name or registration number, filter by kind. */
export function listStateOrganisations(
  db: Db,
  filter: { search?: string | undefined; register?: RegisterKind | undefined },
  sort: { field: RegisterSort; descending: boolean },
  page: PageRequest,
) {
  const where = and(
    isNotNull(legalEntities.register),
    filter.register ? eq(legalEntities.register, filter.register) : undefined,
    filter.search
      ? or(
          ilike(legalEntities.name, containsPattern(filter.search)),
          ilike(legalEntities.registrationNumber, containsPattern(filter.search)),
        )
      : undefined,
  );
  const column = SORTS[sort.field];
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          id: legalEntities.id,
          name: legalEntities.name,
          kind: legalEntities.kind,
          register: legalEntities.register,
          registrationNumber: legalEntities.registrationNumber,
          statePercent: legalEntities.statePercent,
          address: legalEntities.address,
          source: legalEntities.source,
          parentId: parent.id,
          parentName: parent.name,
          synthetic: legalEntities.synthetic,
        })
        .from(legalEntities)
        .leftJoin(parent, eq(parent.id, legalEntities.parentId))
        .where(where)
        .orderBy(
          // Organisations without a known share go last either way.
          sort.descending ? sql`${column} DESC NULLS LAST` : asc(column),
          asc(legalEntities.name),
          asc(legalEntities.id),
        )
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(legalEntities).where(where),
    (r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      register: r.register as RegisterKind,
      registrationNumber: r.registrationNumber,
      statePercent: r.statePercent,
      address: r.address,
      source: r.source,
      parent: r.parentId && r.parentName ? { id: r.parentId, name: r.parentName } : null,
      synthetic: r.synthetic,
    }),
  );
}

/** One organisation of the register with the body above it and the organisations under it. */
export async function stateOrganisation(db: Db, id: string) {
  const [row] = await db
    .select()
    .from(legalEntities)
    .where(and(eq(legalEntities.id, id), isNotNull(legalEntities.register)));
  if (!row) throw notFound();
  const [above] = row.parentId
    ? await db
        .select({
          id: legalEntities.id,
          name: legalEntities.name,
          kind: legalEntities.kind,
          register: legalEntities.register,
          registrationNumber: legalEntities.registrationNumber,
        })
        .from(legalEntities)
        .where(eq(legalEntities.id, row.parentId))
    : [];
  const below = await db
    .select({
      id: legalEntities.id,
      name: legalEntities.name,
      register: legalEntities.register,
      statePercent: legalEntities.statePercent,
    })
    .from(legalEntities)
    .where(and(eq(legalEntities.parentId, id), isNotNull(legalEntities.register)))
    .orderBy(asc(legalEntities.name))
    .limit(500);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    register: row.register as RegisterKind,
    registrationNumber: row.registrationNumber,
    statePercent: row.statePercent,
    address: row.address,
    source: row.source,
    synthetic: row.synthetic,
    parent: above ?? null,
    subordinates: below.map((b) => ({ ...b, register: b.register as RegisterKind })),
    updatedAt: row.updatedAt.toISOString(),
  };
}
