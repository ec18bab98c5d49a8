import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { containsPattern } from '../../../platform/http/pagination.ts';
import type { LogPayload } from '../engine/types.ts';
import {
  allocationLog,
  caseCategories,
  courtCases,
  courtRecusals,
  courts,
  judges,
} from '../schema.ts';

export const CASE_STATUSES = ['allocated', 'unallocated'] as const;

/** The court's register of cases for its administrator, with the parties' names. */
export async function listCases(
  db: Db,
  courtId: string,
  filter: { q?: string | undefined; status?: (typeof CASE_STATUSES)[number] | undefined },
  page: PageRequest,
) {
  const where = and(
    eq(courtCases.courtId, courtId),
    filter.q ? ilike(courtCases.number, containsPattern(filter.q)) : undefined,
    filter.status === 'allocated' ? isNotNull(courtCases.judgeId) : undefined,
    filter.status === 'unallocated' ? isNull(courtCases.judgeId) : undefined,
  );
  return fetchPage(
    page,
    (limit, offset) =>
      db
        .select({
          id: courtCases.id,
          number: courtCases.number,
          category: courtCases.category,
          categoryName: caseCategories.name,
          filedAt: courtCases.filedAt,
          judgeId: judges.id,
          judgeName: judges.fullName,
          parties: courtCases.parties,
          synthetic: courtCases.synthetic,
        })
        .from(courtCases)
        .innerJoin(caseCategories, eq(caseCategories.code, courtCases.category))
        .leftJoin(judges, eq(judges.id, courtCases.judgeId))
        .where(where)
        .orderBy(desc(courtCases.filedAt))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(courtCases).where(where),
    (r) => ({
      id: r.id,
      number: r.number,
      category: r.category,
      categoryName: r.categoryName,
      filedAt: r.filedAt.toISOString(),
      judge: r.judgeId ? { id: r.judgeId, name: r.judgeName ?? '' } : null,
      status: r.judgeId ? ('allocated' as const) : ('unallocated' as const),
      parties: r.parties.map((p) => ({ role: p.role, name: p.name })),
      synthetic: r.synthetic,
    }),
  );
}

/** One case with its parties and its whole logged history (allocations, failures, recusals). */
export async function caseDetail(db: Db, id: string) {
  const [row] = await db
    .select({
      c: courtCases,
      court: { code: courts.code, name: courts.name },
      categoryName: caseCategories.name,
    })
    .from(courtCases)
    .innerJoin(courts, eq(courts.id, courtCases.courtId))
    .innerJoin(caseCategories, eq(caseCategories.code, courtCases.category))
    .where(eq(courtCases.id, id));
  if (!row) throw notFound({ case: id });
  const [entries, recusals, earlier, courtJudges] = await Promise.all([
    db
      .select()
      .from(allocationLog)
      .where(eq(allocationLog.caseId, id))
      .orderBy(asc(allocationLog.seq)),
    db.select().from(courtRecusals).where(eq(courtRecusals.caseId, id)),
    row.c.earlierCaseId
      ? db
          .select({ id: courtCases.id, number: courtCases.number })
          .from(courtCases)
          .where(eq(courtCases.id, row.c.earlierCaseId))
      : Promise.resolve([]),
    db
      .select({ id: judges.id, name: judges.fullName, status: judges.status })
      .from(judges)
      .where(eq(judges.courtId, row.c.courtId)),
  ]);
  const ids = new Set<string>();
  for (const e of entries) {
    const p = e.payload as {
      judge?: string;
      previousJudge?: string | null;
      excluded?: Array<{ judge: string }>;
    };
    if (p.judge) ids.add(p.judge);
    if (p.previousJudge) ids.add(p.previousJudge);
    for (const x of p.excluded ?? []) ids.add(x.judge);
  }
  const names = new Map(
    (ids.size
      ? await db
          .select({ id: judges.id, name: judges.fullName })
          .from(judges)
          .where(inArray(judges.id, [...ids]))
      : []
    ).map((j) => [j.id, j.name]),
  );
  const judgeRef = (jid: string | null | undefined) =>
    jid ? { id: jid, name: names.get(jid) ?? jid } : null;
  type Ref = { id: string; name: string };
  type Event = {
    seq: number;
    at: string;
    kind: 'allocation' | 'allocation-failed' | 'recusal';
    reason: string;
    judge: Ref | null;
    previousJudge: Ref | null;
    eligibleCount: number | null;
    excluded: Array<{ judge: Ref; reason: string }>;
    note: string | null;
  };
  const history = entries.flatMap((e): Event[] => {
    const p = e.payload as LogPayload;
    const base = { seq: e.seq, at: e.at.toISOString() };
    if (p.kind === 'allocation')
      return [
        {
          ...base,
          kind: p.kind,
          reason: p.reason,
          judge: judgeRef(p.judge),
          previousJudge: judgeRef(p.previousJudge),
          eligibleCount: p.eligible.length,
          excluded: p.excluded.map((x) => ({ judge: judgeRef(x.judge)!, reason: x.reason })),
          note: null,
        },
      ];
    if (p.kind === 'allocation-failed')
      return [
        {
          ...base,
          kind: p.kind,
          reason: p.reason,
          judge: null,
          previousJudge: null,
          eligibleCount: 0,
          excluded: p.excluded.map((x) => ({ judge: judgeRef(x.judge)!, reason: x.reason })),
          note: null,
        },
      ];
    if (p.kind === 'recusal')
      return [
        {
          ...base,
          kind: p.kind,
          reason: p.grounds,
          judge: judgeRef(p.judge),
          previousJudge: null,
          eligibleCount: null,
          excluded: [],
          note: recusals.find((r) => r.seq === e.seq)?.note ?? null,
        },
      ];
    return [];
  });
  const c = row.c;
  return {
    id: c.id,
    number: c.number,
    court: row.court,
    category: c.category,
    categoryName: row.categoryName,
    claim: c.claim,
    parties: c.parties,
    earlierCase: earlier[0] ?? null,
    filedAt: c.filedAt.toISOString(),
    status: c.judgeId ? ('allocated' as const) : ('unallocated' as const),
    judge: judgeRef(c.judgeId),
    judges: courtJudges,
    synthetic: c.synthetic,
    history,
  };
}
