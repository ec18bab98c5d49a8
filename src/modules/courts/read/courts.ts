import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { courtByCode } from '../config/publish.ts';
import { asOf } from '../engine/eligibility.ts';
import type { Day, LogPayload } from '../engine/types.ts';
import {
  allocationLog,
  allocationRules,
  caseCategories,
  courtChambers,
  courts,
  judges,
} from '../schema.ts';

/** The courts with their size and how many allocations they have published. */
export async function listCourts(db: Db) {
  const rows = await db
    .select({
      id: courts.id,
      code: courts.code,
      name: courts.name,
      instance: courts.instance,
      judges: sql<number>`(SELECT count(*)::int FROM judges j WHERE j.court_id = courts.id AND j.status = 'active')`,
      chambers: sql<number>`(SELECT count(*)::int FROM court_chambers c WHERE c.court_id = courts.id)`,
      allocations: sql<number>`(SELECT count(*)::int FROM allocation_log l WHERE l.court_id = courts.id AND l.kind = 'allocation')`,
    })
    .from(courts)
    .orderBy(asc(courts.code));
  return {
    items: rows.map((r) => ({ ...r, instance: r.instance as 'first' | 'appeal' | 'cassation' })),
  };
}

type JudgeVersionPayload = Extract<LogPayload, { kind: 'judge' }>;
type AbsencePayload = Extract<LogPayload, { kind: 'absence' }>;

/** All published versions of the rules; the one in force and the one waiting for its day. */
export async function rulesInForce(db: Db, today: Day) {
  const versions = await db.select().from(allocationRules).orderBy(asc(allocationRules.version));
  const current = asOf(versions, today);
  const pending = versions.filter((v) => v.effectiveFrom > today).at(-1) ?? null;
  const view = (v: (typeof versions)[number] | null) =>
    v && {
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      rules: v.rules,
      publishedAt: v.publishedAt.toISOString(),
    };
  return { current: view(current), pending: view(pending) };
}

/**
 * A court as the public sees it: chambers, judges in their version in force (and a published
 * change waiting for its day), their absences without the kind (which may be health data),
 * the categories with points and the rules in force.
 */
export async function courtDetail(db: Db, code: string, today: Day) {
  const court = await courtByCode(db, code);
  const [chambers, judgeRows, categories, rules] = await Promise.all([
    db
      .select()
      .from(courtChambers)
      .where(eq(courtChambers.courtId, court.id))
      .orderBy(asc(courtChambers.specialisation)),
    db
      .select({ id: judges.id, synthetic: judges.synthetic })
      .from(judges)
      .where(eq(judges.courtId, court.id)),
    db.select().from(caseCategories).orderBy(asc(caseCategories.code)),
    rulesInForce(db, today),
  ]);
  const ids = judgeRows.map((j) => j.id);
  const entries = ids.length
    ? await db
        .select({ payload: allocationLog.payload, seq: allocationLog.seq })
        .from(allocationLog)
        .where(
          and(
            inArray(allocationLog.kind, ['judge', 'absence']),
            inArray(allocationLog.judgeId, ids),
          ),
        )
        .orderBy(asc(allocationLog.seq))
    : [];
  const versions = new Map<string, JudgeVersionPayload[]>();
  const absences = new Map<string, AbsencePayload[]>();
  for (const { payload } of entries) {
    if (payload.kind === 'judge')
      versions.set(payload.judge, [...(versions.get(payload.judge) ?? []), payload]);
    if (payload.kind === 'absence')
      absences.set(payload.judge, [...(absences.get(payload.judge) ?? []), payload]);
  }
  const judgeViews = judgeRows
    .map((row) => {
      const all = versions.get(row.id) ?? [];
      const inForce = asOf(all, today);
      const last = all.at(-1)!;
      const shown = inForce ?? last;
      const view = (v: JudgeVersionPayload) => ({
        specialisations: v.specialisations,
        loadPercent: v.loadPercent,
        status: v.status,
        effectiveFrom: v.effectiveFrom,
        chamber: v.chamber,
      });
      return {
        id: row.id,
        name: shown.name,
        ...view(shown),
        inOffice: inForce !== null,
        pending: last !== shown ? view(last) : null,
        absences: (absences.get(row.id) ?? [])
          .filter((a) => a.to >= today)
          .map((a) => ({ from: a.from, to: a.to, effectiveFrom: a.effectiveFrom })),
        synthetic: row.synthetic,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const points = rules.current?.rules.categoryPoints ?? {};
  return {
    id: court.id,
    code: court.code,
    name: court.name,
    instance: court.instance as 'first' | 'appeal' | 'cassation',
    chambers: chambers.map((c) => ({ id: c.id, name: c.name, specialisation: c.specialisation })),
    judges: judgeViews,
    categories: categories.map((c) => ({
      code: c.code,
      name: c.name,
      specialisation: c.specialisation,
      points: points[c.code] ?? null,
    })),
    rules: rules.current,
    pendingRules: rules.pending,
  };
}
