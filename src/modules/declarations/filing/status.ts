import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import {
  declarants,
  declarationChecks,
  declarationReviews,
  declarations,
  filingYears,
} from '../schema.ts';

/** Who must file for a year: in office that year (declares from..until). */
const obligedIn = (year: number) =>
  and(
    lte(declarants.declaresFrom, year),
    or(isNull(declarants.declaresUntil), gte(declarants.declaresUntil, year)),
  );

/** The signed-in declarant's years: each year they must file, with its deadline and where it stands. */
export async function myYears(db: Db, declarantId: string) {
  const [me] = await db.select().from(declarants).where(eq(declarants.id, declarantId));
  if (!me) return [];
  const rows = await db
    .select({
      year: filingYears.year,
      deadline: filingYears.deadline,
      id: declarations.id,
      status: declarations.status,
      version: declarations.version,
      firstSubmittedAt: declarations.firstSubmittedAt,
      outcome: declarationChecks.outcome,
      reviewState: declarationReviews.state,
    })
    .from(filingYears)
    .leftJoin(
      declarations,
      and(eq(declarations.year, filingYears.year), eq(declarations.declarantId, declarantId)),
    )
    .leftJoin(declarationChecks, eq(declarationChecks.declarationId, declarations.id))
    .leftJoin(declarationReviews, eq(declarationReviews.declarationId, declarations.id))
    .where(
      and(
        gte(filingYears.year, me.declaresFrom),
        me.declaresUntil === null ? undefined : lte(filingYears.year, me.declaresUntil),
      ),
    )
    .orderBy(sql`${filingYears.year} DESC`);
  return rows.map((r) => ({
    ...r,
    firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null,
    late: r.firstSubmittedAt ? r.firstSubmittedAt.toISOString().slice(0, 10) > r.deadline : null,
  }));
}

export type FilingState = 'on_time' | 'late' | 'not_filed';

/**
 * Filing for a year: every person who must declare, whether they filed on time, late or not at
 * all (the Plan's "100% of officials file", item 4), with counts over the whole year.
 */
export async function filingReport(
  db: Db,
  year: number,
  filter: {
    state?: FilingState | undefined;
    agencyId?: string | undefined;
    q?: string | undefined;
  },
  page: { page: number; pageSize: number },
) {
  const [campaign] = await db.select().from(filingYears).where(eq(filingYears.year, year));
  if (!campaign) return null;
  // Late means first filed after the deadline day in Bishkek.
  const stateSql = sql<FilingState>`CASE
      WHEN ${declarations.firstSubmittedAt} IS NULL THEN 'not_filed'
      WHEN (${declarations.firstSubmittedAt} AT TIME ZONE 'Asia/Bishkek')::date > ${campaign.deadline}::date THEN 'late'
      ELSE 'on_time' END`;
  const base = and(
    obligedIn(year),
    filter.agencyId ? eq(declarants.agencyId, filter.agencyId) : undefined,
    filter.q ? sql`${declarants.fullName} ILIKE ${containsPattern(filter.q)}` : undefined,
  );
  const joined = () =>
    db
      .select({
        declarantId: declarants.id,
        fullName: declarants.fullName,
        post: declarants.post,
        agencyId: declarants.agencyId,
        declarationId: declarations.id,
        firstSubmittedAt: declarations.firstSubmittedAt,
        state: stateSql,
      })
      .from(declarants)
      .leftJoin(
        declarations,
        and(eq(declarations.declarantId, declarants.id), eq(declarations.year, year)),
      );
  const counts = await db
    .select({ state: stateSql, n: sql<number>`count(*)::int` })
    .from(declarants)
    .leftJoin(
      declarations,
      and(eq(declarations.declarantId, declarants.id), eq(declarations.year, year)),
    )
    .where(base)
    // By position: the CASE carries the deadline as a bound parameter, so a repeated CASE in
    // GROUP BY gets a different parameter number and Postgres does not see it as the same expression.
    .groupBy(sql`1`);
  const totals = { on_time: 0, late: 0, not_filed: 0 };
  for (const c of counts) totals[c.state] = c.n;
  const where = and(base, filter.state ? sql`${stateSql} = ${filter.state}` : undefined);
  const rows = await joined()
    .where(where)
    .orderBy(asc(declarants.fullName), asc(declarants.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const total = filter.state
    ? totals[filter.state]
    : totals.on_time + totals.late + totals.not_filed;
  return {
    year,
    deadline: campaign.deadline,
    totals,
    items: rows.map((r) => ({ ...r, firstSubmittedAt: r.firstSubmittedAt?.toISOString() ?? null })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** Plan indicator 4.3.2: the share of those who must declare for the year who have filed. */
export async function filedShare(db: Db, { year }: { year: number }) {
  const [campaign] = await db.select().from(filingYears).where(eq(filingYears.year, year));
  if (!campaign) return null;
  const [row] = await db
    .select({
      obliged: sql<number>`count(*)::int`,
      filed: sql<number>`count(${declarations.firstSubmittedAt})::int`,
    })
    .from(declarants)
    .leftJoin(
      declarations,
      and(eq(declarations.declarantId, declarants.id), eq(declarations.year, year)),
    )
    .where(obligedIn(year));
  if (!row || row.obliged === 0) return null;
  return {
    value: Math.round((1000 * row.filed) / row.obliged) / 10,
    basis: `${row.filed} of ${row.obliged} persons obliged to declare for ${year} have filed`,
  };
}

/** Plan indicator 4.3.3: the share of declarations due for a full check whose check is concluded. */
export async function checkedShare(db: Db, { year }: { year: number }) {
  const [row] = await db
    .select({
      due: sql<number>`count(*)::int`,
      concluded: sql<number>`count(*) FILTER (WHERE ${declarationReviews.state} = 'concluded')::int`,
      referred: sql<number>`count(*) FILTER (WHERE ${declarationReviews.outcome} = 'referral')::int`,
    })
    .from(declarationReviews)
    .innerJoin(declarations, eq(declarations.id, declarationReviews.declarationId))
    .where(eq(declarations.year, year));
  if (!row || row.due === 0) return null;
  return {
    value: Math.round((1000 * row.concluded) / row.due) / 10,
    basis: `${row.concluded} of ${row.due} declarations for ${year} due for a full check are concluded; ${row.referred} referred to the prosecutor`,
  };
}
