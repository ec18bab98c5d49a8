import { and, asc, count, desc, eq, gt, max, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Actor, recordAudit } from '../audit/service.ts';
import type { Db } from '../db/client.ts';
import { fetchPage } from '../db/paging.ts';
import { guarded, invalidReference, notFound } from '../http/errors.ts';
import { containsPattern, parseSort } from '../http/pagination.ts';
import type { LocalizedText } from '../i18n/language.ts';
import { keysetPages } from '../opendata/pages.ts';
import type { Row } from '../opendata/registry.ts';
import type { AgencyKind } from './kinds.ts';
import { agencies } from './schema.ts';

type AgencyRow = typeof agencies.$inferSelect;

export function toAgency(row: AgencyRow) {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as AgencyKind,
    name: row.name,
    shortName: row.shortName,
    parentId: row.parentId,
    synthetic: row.synthetic,
    source: row.source,
    nameVerified: row.nameVerified,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getAgency(db: Db, id: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  if (!row) throw notFound({ agency: id });
  return toAgency(row);
}

export async function listAgencies(
  db: Db,
  opts: {
    q?: string | undefined;
    kind?: AgencyKind | undefined;
    sort?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const filters: SQL[] = [];
  if (opts.kind) filters.push(eq(agencies.kind, opts.kind));
  if (opts.q) {
    const like = containsPattern(opts.q);
    filters.push(
      or(
        sql`${agencies.code} ILIKE ${like}`,
        sql`${agencies.name}->>'ky' ILIKE ${like}`,
        sql`${agencies.name}->>'ru' ILIKE ${like}`,
        sql`${agencies.name}->>'en' ILIKE ${like}`,
        sql`${agencies.shortName}->>'ky' ILIKE ${like}`,
        sql`${agencies.shortName}->>'ru' ILIKE ${like}`,
        sql`${agencies.shortName}->>'en' ILIKE ${like}`,
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const { field, descending } = parseSort(opts.sort, 'name' as 'name' | 'code' | 'kind');
  // Names sort in Kyrgyz, the language the UI leads with.
  const column =
    field === 'name'
      ? sql`${agencies.name}->>'ky'`
      : field === 'kind'
        ? agencies.kind
        : agencies.code;
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(agencies)
        .where(where)
        .orderBy(descending ? desc(column) : asc(column), asc(agencies.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(agencies).where(where),
    toAgency,
  );
}

export interface AgencyInput {
  code: string;
  kind: AgencyKind;
  name: LocalizedText;
  shortName: LocalizedText;
  parentId: string | null;
}

export async function createAgency(db: Db, actor: Actor, input: AgencyInput) {
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(agencies)
        .values({ ...input, synthetic: false, source: `entered by ${actor.name}` })
        .returning();
      await recordAudit(tx, actor, {
        action: 'agency.created',
        entityType: 'agency',
        entityId: created!.id,
        details: { after: input },
      });
      return created!;
    }),
  );
  return toAgency(row);
}

export async function updateAgency(db: Db, actor: Actor, id: string, change: Partial<AgencyInput>) {
  const before = await getAgency(db, id);
  if (change.parentId && (await isDescendantOrSelf(db, change.parentId, id))) {
    throw invalidReference({
      parentId: 'an agency cannot be placed under itself or its own sub-body',
    });
  }
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [updated] = await tx
        .update(agencies)
        .set({ ...change, updatedAt: new Date() })
        .where(eq(agencies.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'agency.updated',
        entityType: 'agency',
        entityId: id,
        details: { before, after: change },
      });
      return updated!;
    }),
  );
  return toAgency(row);
}

/** True when candidate is id itself or sits below it in the parent chain. */
async function isDescendantOrSelf(db: Db, candidate: string, id: string): Promise<boolean> {
  let current: string | null = candidate;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === id) return true;
    const [row] = await db
      .select({ parentId: agencies.parentId })
      .from(agencies)
      .where(eq(agencies.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}

export async function agenciesLastModified(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: max(agencies.updatedAt) }).from(agencies);
  return row?.at ?? null;
}

/** Keyset pages in code order, for the open-data export. */
export function agencyPages(db: Db, pageSize = 500): AsyncGenerator<Row[]> {
  const parent = alias(agencies, 'parent');
  return keysetPages({
    first: '',
    pageSize,
    fetch: (after: string, limit) =>
      db
        .select({ a: agencies, parentCode: parent.code })
        .from(agencies)
        .leftJoin(parent, eq(parent.id, agencies.parentId))
        .where(gt(agencies.code, after))
        .orderBy(asc(agencies.code))
        .limit(limit),
    cursorOf: (last) => last.a.code,
    toRow: ({ a, parentCode }) => ({
      code: a.code,
      kind: a.kind,
      name_ky: a.name.ky,
      name_ru: a.name.ru,
      name_en: a.name.en,
      short_name_ky: a.shortName.ky,
      short_name_ru: a.shortName.ru,
      short_name_en: a.shortName.en,
      parent_code: parentCode,
      synthetic: a.synthetic,
      source: a.source,
      name_verified: a.nameVerified,
      note: a.note,
      updated_at: a.updatedAt.toISOString(),
    }),
  });
}
