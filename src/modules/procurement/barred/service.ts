import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { AppError, guarded, notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import { barredEntities } from '../schema.ts';
import { type BarState, barOn, barState, bishkekDay, identifierOf, inForceOn } from './matcher.ts';
import { RESTRICTIONS, type Restriction } from './restrictions.ts';

type Row = typeof barredEntities.$inferSelect;

/** One entry of the public register: the entity, the court decision, the restrictions and period. */
export interface BarredEntry {
  id: string;
  name: string;
  identifier: string;
  country: string;
  court: string;
  decisionNumber: string;
  decisionDate: string;
  ground: string;
  restrictions: Restriction[];
  barredFrom: string;
  barredUntil: string | null;
  liftedAt: string | null;
  liftedReason: string | null;
  state: BarState;
  recordedAt: string;
  synthetic: boolean;
}

/** One entry with what happened to it: recorded, then (perhaps) lifted, with the reason. */
export interface BarredEntryDetail extends BarredEntry {
  history: Array<
    { event: 'recorded'; at: string } | { event: 'lifted'; at: string; reason: string | null }
  >;
  updatedAt: string;
}

const restrictionsOf = (values: readonly string[]): Restriction[] =>
  RESTRICTIONS.filter((r) => values.includes(r));

function entryOf(row: Row, now: Date): BarredEntry {
  return {
    id: row.id,
    name: row.name,
    identifier: row.identifier,
    country: row.country,
    court: row.court,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    ground: row.ground,
    restrictions: restrictionsOf(row.restrictions),
    barredFrom: row.barredFrom,
    barredUntil: row.barredUntil,
    liftedAt: row.liftedAt?.toISOString() ?? null,
    liftedReason: row.liftedReason,
    state: barState(row, now),
    recordedAt: row.createdAt.toISOString(),
    synthetic: row.synthetic,
  };
}

export const BARRED_STATE_FILTERS = ['active', 'scheduled', 'expired', 'lifted', 'all'] as const;
export type BarredStateFilter = (typeof BARRED_STATE_FILTERS)[number];

const SORTS = {
  name: barredEntities.name,
  identifier: barredEntities.identifier,
  decisionDate: barredEntities.decisionDate,
  barredFrom: barredEntities.barredFrom,
  barredUntil: barredEntities.barredUntil,
} as const;
export type BarredSort = keyof typeof SORTS;
export const BARRED_SORTS = Object.keys(SORTS) as [BarredSort, ...BarredSort[]];

export interface BarredQuery extends PageRequest {
  /** Part of the name or of the INN, or the INN in any form `identifierOf` reads. */
  q?: string | undefined;
  state?: BarredStateFilter | undefined;
  restriction?: Restriction | undefined;
  sort?: { field: BarredSort; descending: boolean } | undefined;
}

/** The SQL twin of `barState`, so the list can filter and count in the database. */
function stateIs(state: Exclude<BarredStateFilter, 'all'>, now: Date): SQL | undefined {
  const day = bishkekDay(now);
  const t = barredEntities;
  const notLifted = or(isNull(t.liftedAt), gt(t.liftedAt, now));
  switch (state) {
    case 'lifted':
      return lte(t.liftedAt, now);
    case 'expired':
      return and(notLifted, lt(t.barredUntil, day));
    case 'scheduled':
      return and(notLifted, gt(t.barredFrom, day));
    case 'active':
      return and(
        notLifted,
        lte(t.barredFrom, day),
        or(isNull(t.barredUntil), gte(t.barredUntil, day)),
      );
  }
}

/** The public register: search by name or INN, filter by state and restriction, sort, page. */
export function listBarred(db: Db, query: BarredQuery, now = new Date()) {
  const t = barredEntities;
  const q = query.q?.trim();
  const inn = q ? identifierOf(q) : null;
  const where = and(
    q
      ? or(
          ilike(t.name, containsPattern(q)),
          ilike(t.identifier, containsPattern(q)),
          inn ? eq(t.identifier, inn) : undefined,
        )
      : undefined,
    query.state && query.state !== 'all' ? stateIs(query.state, now) : undefined,
    query.restriction ? sql`${query.restriction} = ANY(${t.restrictions})` : undefined,
  );
  const sort = query.sort ?? { field: 'decisionDate', descending: true };
  const column = SORTS[sort.field];
  return fetchPage(
    query,
    (limit, offset) =>
      db
        .select()
        .from(t)
        .where(where)
        .orderBy(
          // Bars without a last day go last either way.
          sort.descending ? sql`${column} DESC NULLS LAST` : asc(column),
          asc(t.name),
          asc(t.id),
        )
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(t).where(where),
    (row) => entryOf(row, now),
  );
}

/** One entry with its history. */
export async function getBarred(db: Db, id: string, now = new Date()): Promise<BarredEntryDetail> {
  const [row] = await db.select().from(barredEntities).where(eq(barredEntities.id, id));
  if (!row) throw notFound();
  return detailOf(row, now);
}

function detailOf(row: Row, now: Date): BarredEntryDetail {
  const entry = entryOf(row, now);
  return {
    ...entry,
    history: [
      { event: 'recorded', at: entry.recordedAt },
      ...(entry.liftedAt
        ? [{ event: 'lifted' as const, at: entry.liftedAt, reason: entry.liftedReason }]
        : []),
    ],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What a prosecutor records from a court decision (validated by the route). */
export interface NewBar {
  name: string;
  identifier: string;
  court: string;
  decisionNumber: string;
  decisionDate: string;
  ground: string;
  restrictions: readonly Restriction[];
  barredFrom: string;
  barredUntil?: string | null | undefined;
}

/**
 * Records a bar. The same decision (INN, court and decision number) is recorded once: a second
 * time is refused with 409 and the id of the entry that holds it.
 */
export async function recordBar(
  db: Db,
  actor: Actor,
  input: NewBar,
  now = new Date(),
): Promise<BarredEntryDetail> {
  const values = {
    name: input.name,
    identifier: input.identifier,
    court: input.court,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    ground: input.ground,
    restrictions: restrictionsOf(input.restrictions),
    barredFrom: input.barredFrom,
    barredUntil: input.barredUntil ?? null,
  };
  return guarded(() =>
    db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: barredEntities.id })
        .from(barredEntities)
        .where(
          and(
            eq(barredEntities.identifier, values.identifier),
            eq(barredEntities.court, values.court),
            eq(barredEntities.decisionNumber, values.decisionNumber),
          ),
        );
      if (existing) {
        throw new AppError(409, 'barred_entity_duplicate', { existingId: existing.id });
      }
      const [row] = await tx
        .insert(barredEntities)
        .values({ ...values, recordedBy: actor.id, createdAt: now, updatedAt: now })
        .returning();
      await recordAudit(tx, actor, {
        action: 'barred_entity.recorded',
        entityType: 'barred_entity',
        entityId: row!.id,
        details: values,
      });
      return detailOf(row!, now);
    }),
  );
}

/** Lifts a bar from now on; the entry stays on the register with when and why. */
export async function liftBar(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
  now = new Date(),
): Promise<BarredEntryDetail> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(barredEntities)
      .where(eq(barredEntities.id, id))
      .for('update');
    if (!row) throw notFound();
    if (row.liftedAt) {
      throw new AppError(409, 'barred_entity_lifted', { liftedAt: row.liftedAt.toISOString() });
    }
    const [lifted] = await tx
      .update(barredEntities)
      .set({ liftedAt: now, liftedReason: reason, updatedAt: now })
      .where(eq(barredEntities.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'barred_entity.lifted',
      entityType: 'barred_entity',
      entityId: id,
      details: { reason, stateBefore: barState(row, now), identifier: row.identifier },
    });
    return detailOf(lifted!, now);
  });
}

const CHUNK = 500;

/**
 * The check other modules make before an award, a grant, a loan or a tax benefit: the register's
 * entries that bar any of these entities at the moment `at` from `restriction` (from anything
 * when not given). Identifiers may be written in any form `identifierOf` reads; the rest match
 * nothing. The matching itself is `barOn`, the one rule for every caller.
 */
export async function barredEntitiesOn(
  db: Db,
  identifiers: readonly string[],
  at: Date,
  restriction?: Restriction,
): Promise<BarredEntry[]> {
  const inns = [...new Set(identifiers.map(identifierOf).filter((i): i is string => i !== null))];
  const found: BarredEntry[] = [];
  const day = bishkekDay(at);
  for (let i = 0; i < inns.length; i += CHUNK) {
    const rows = await db
      .select()
      .from(barredEntities)
      .where(
        and(
          inArray(barredEntities.identifier, inns.slice(i, i + CHUNK)),
          lte(barredEntities.barredFrom, day),
          restriction ? sql`${restriction} = ANY(${barredEntities.restrictions})` : undefined,
        ),
      )
      .orderBy(asc(barredEntities.identifier), desc(barredEntities.barredFrom));
    for (const row of rows) {
      if (restriction ? barOn(row, at, restriction) : inForceOn(row, at)) {
        found.push(entryOf(row, at));
      }
    }
  }
  return found;
}
