import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { declarants } from '../../declarations/schema.ts';
import { conflictFindings, legalEntities, persons, relations } from '../schema.ts';

const openFindings = sql<number>`(SELECT count(*)::int FROM conflict_findings f
  WHERE f.official_person_id = ${persons.id} AND f.state = 'open')`;

const PEOPLE_SORTS = { name: persons.fullName, findings: openFindings } as const;
export type PeopleSort = keyof typeof PEOPLE_SORTS;

const officialOf = (row: {
  agencyId: string | null;
  agencyName: { ky: string; ru: string; en: string } | null;
  post: string | null;
  postCategory: string | null;
}) =>
  row.agencyId && row.agencyName && row.post && row.postCategory
    ? {
        agency: { id: row.agencyId, name: row.agencyName },
        post: row.post,
        postCategory: row.postCategory,
      }
    : null;

/** People of the graph (never their PIN): officials first when sorted by open findings. */
export async function listPeople(
  db: Db,
  filter: { q?: string | undefined; official?: boolean | undefined },
  sort: { field: PeopleSort; descending: boolean },
  page: PageRequest,
) {
  const where = and(
    isNull(persons.mergedInto),
    filter.q ? ilike(persons.fullName, containsPattern(filter.q)) : undefined,
    filter.official === true ? isNotNull(persons.declarantId) : undefined,
    filter.official === false ? isNull(persons.declarantId) : undefined,
  );
  const order = sort.descending ? desc(PEOPLE_SORTS[sort.field]) : asc(PEOPLE_SORTS[sort.field]);
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          id: persons.id,
          fullName: persons.fullName,
          birthDate: persons.birthDate,
          synthetic: persons.synthetic,
          agencyId: agencies.id,
          agencyName: agencies.name,
          post: declarants.post,
          postCategory: declarants.postCategory,
          openFindings,
        })
        .from(persons)
        .leftJoin(declarants, eq(declarants.id, persons.declarantId))
        .leftJoin(agencies, eq(agencies.id, declarants.agencyId))
        .where(where)
        .orderBy(order, asc(persons.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(persons).where(where),
    (row) => ({
      id: row.id,
      fullName: row.fullName,
      birthDate: row.birthDate,
      synthetic: row.synthetic,
      official: officialOf(row),
      openFindings: row.openFindings,
    }),
  );
}

/** One person: the facts, whether a PIN is known (never the PIN), and their findings. */
export async function personView(db: Db, id: string) {
  const [row] = await db
    .select({
      id: persons.id,
      fullName: persons.fullName,
      birthDate: persons.birthDate,
      pinKnown: sql<boolean>`${persons.pin} IS NOT NULL`,
      mergedInto: persons.mergedInto,
      synthetic: persons.synthetic,
      agencyId: agencies.id,
      agencyName: agencies.name,
      post: declarants.post,
      postCategory: declarants.postCategory,
    })
    .from(persons)
    .leftJoin(declarants, eq(declarants.id, persons.declarantId))
    .leftJoin(agencies, eq(agencies.id, declarants.agencyId))
    .where(eq(persons.id, id));
  if (!row) throw notFound({ person: id });
  const [edges] = await db
    .select({ n: count() })
    .from(relations)
    .where(or(eq(relations.fromPersonId, id), eq(relations.toPersonId, id)));
  const findings = await db
    .select({
      id: conflictFindings.id,
      rule: conflictFindings.rule,
      severity: conflictFindings.severity,
      state: conflictFindings.state,
      caseId: conflictFindings.caseId,
      path: conflictFindings.path,
      firstFoundAt: conflictFindings.firstFoundAt,
      lastSeenAt: conflictFindings.lastSeenAt,
    })
    .from(conflictFindings)
    .where(eq(conflictFindings.officialPersonId, id))
    .orderBy(desc(conflictFindings.lastSeenAt));
  return {
    id: row.id,
    fullName: row.fullName,
    birthDate: row.birthDate,
    pinKnown: row.pinKnown,
    mergedInto: row.mergedInto,
    synthetic: row.synthetic,
    official: officialOf(row),
    relations: edges?.n ?? 0,
    findings,
  };
}

const ENTITY_SORTS = { name: legalEntities.name, kind: legalEntities.kind } as const;
export type EntitySort = keyof typeof ENTITY_SORTS;

/** Organisations of the graph: state bodies, state organisations and companies. */
export async function listEntities(
  db: Db,
  filter: { q?: string | undefined; kind?: string | undefined },
  sort: { field: EntitySort; descending: boolean },
  page: PageRequest,
) {
  const where = and(
    filter.q
      ? or(
          ilike(legalEntities.name, containsPattern(filter.q)),
          ilike(legalEntities.registrationNumber, containsPattern(filter.q)),
        )
      : undefined,
    filter.kind ? eq(legalEntities.kind, filter.kind) : undefined,
  );
  const order = sort.descending ? desc(ENTITY_SORTS[sort.field]) : asc(ENTITY_SORTS[sort.field]);
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
          synthetic: legalEntities.synthetic,
        })
        .from(legalEntities)
        .where(where)
        .orderBy(order, asc(legalEntities.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(legalEntities).where(where),
    (row) => row,
  );
}

export async function entityView(db: Db, id: string) {
  const [row] = await db
    .select({
      id: legalEntities.id,
      name: legalEntities.name,
      kind: legalEntities.kind,
      register: legalEntities.register,
      registrationNumber: legalEntities.registrationNumber,
      statePercent: legalEntities.statePercent,
      parentId: legalEntities.parentId,
      agencyId: legalEntities.agencyId,
      source: legalEntities.source,
      synthetic: legalEntities.synthetic,
    })
    .from(legalEntities)
    .where(eq(legalEntities.id, id));
  if (!row) throw notFound({ entity: id });
  const [edges] = await db
    .select({ n: count() })
    .from(relations)
    .where(or(eq(relations.toOrganisationId, id), eq(relations.fromOrganisationId, id)));
  return { ...row, relations: edges?.n ?? 0 };
}
