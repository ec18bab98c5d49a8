import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { badInput, guarded, notFound } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { formatAmount, type Money } from '../../../platform/money.ts';
import { assertMayKeepPlansOf } from './access.ts';
import { assertResponsibleOfficer } from './officers.ts';
import { invalidateScores } from './rating.ts';
import { agencyPlans, measures, reportingPeriods } from './schema.ts';

export const PLAN_KINDS = ['governmental', 'departmental', 'systemic_corruption', 'local'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PERIOD_KINDS = ['quarter', 'half_year', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

type PlanRow = typeof agencyPlans.$inferSelect;
type MeasureRow = typeof measures.$inferSelect;

const planView = (p: PlanRow) => ({
  id: p.id,
  agencyId: p.agencyId,
  kind: p.kind as PlanKind,
  title: p.title,
  yearFrom: p.yearFrom,
  yearTo: p.yearTo,
  synthetic: p.synthetic,
});

const moneyView = (tyiyn: bigint | null, currency: string | null) =>
  tyiyn === null || currency === null ? null : { amount: formatAmount(tyiyn), currency };

export const measureView = (m: MeasureRow) => ({
  id: m.id,
  planId: m.planId,
  activityCode: m.activityCode,
  title: m.title,
  agencyId: m.agencyId,
  responsibleUserId: m.responsibleUserId,
  deadline: m.deadline,
  plannedBudget: moneyView(m.plannedBudget, m.plannedBudgetCurrency),
  executedBudget: moneyView(m.executedBudget, m.executedBudgetCurrency),
  synthetic: m.synthetic,
});

export async function createPlan(
  db: Db,
  user: SessionUser,
  actor: Actor,
  input: {
    agencyId: string;
    kind: PlanKind;
    title: LocalizedText;
    yearFrom: number;
    yearTo: number;
  },
) {
  assertMayKeepPlansOf(user, input.agencyId);
  if (input.yearTo < input.yearFrom) throw badInput({ yearTo: 'must not be before yearFrom' });
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [plan] = await tx
        .insert(agencyPlans)
        .values({ ...input, createdBy: user.id })
        .returning();
      await recordAudit(tx, actor, {
        action: 'plan.created',
        entityType: 'agency_plan',
        entityId: plan!.id,
        details: { after: input },
      });
      return plan!;
    }),
  );
  return planView(row);
}

export async function listPlans(db: Db, opts: PageRequest & { agencyId?: string | undefined }) {
  const where: SQL | undefined = opts.agencyId
    ? eq(agencyPlans.agencyId, opts.agencyId)
    : undefined;
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select()
        .from(agencyPlans)
        .where(where)
        .orderBy(desc(agencyPlans.yearFrom), asc(agencyPlans.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(agencyPlans).where(where),
    planView,
  );
}

export async function getPlan(db: Db, id: string) {
  const [plan] = await db.select().from(agencyPlans).where(eq(agencyPlans.id, id));
  if (!plan) throw notFound({ plan: id });
  const rows = await db
    .select()
    .from(measures)
    .where(eq(measures.planId, id))
    .orderBy(asc(measures.deadline), asc(measures.id));
  return { ...planView(plan), measures: rows.map(measureView) };
}

export async function addMeasure(
  db: Db,
  user: SessionUser,
  actor: Actor,
  planId: string,
  input: {
    activityCode: string | null;
    title: LocalizedText;
    deadline: string;
    responsibleUserId: string | null;
    plannedBudget: Money | null;
  },
) {
  const [plan] = await db.select().from(agencyPlans).where(eq(agencyPlans.id, planId));
  if (!plan) throw notFound({ plan: planId });
  assertMayKeepPlansOf(user, plan.agencyId);
  await assertResponsibleOfficer(db, input.responsibleUserId, plan.agencyId);
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [measure] = await tx
        .insert(measures)
        .values({
          planId,
          agencyId: plan.agencyId,
          activityCode: input.activityCode,
          title: input.title,
          deadline: input.deadline,
          responsibleUserId: input.responsibleUserId,
          plannedBudget: input.plannedBudget?.tyiyn ?? null,
          plannedBudgetCurrency: input.plannedBudget?.currency ?? null,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'measure.created',
        entityType: 'measure',
        entityId: measure!.id,
        details: {
          after: {
            ...input,
            plannedBudget: input.plannedBudget && formatAmount(input.plannedBudget.tyiyn),
          },
        },
      });
      return measure!;
    }),
  );
  invalidateScores(db);
  return measureView(row);
}

export async function getMeasure(db: Db, id: string) {
  const [m] = await db.select().from(measures).where(eq(measures.id, id));
  if (!m) throw notFound({ measure: id });
  return m;
}

const periodView = (p: typeof reportingPeriods.$inferSelect) => ({
  id: p.id,
  kind: p.kind as PeriodKind,
  year: p.year,
  number: p.number,
  opensAt: p.opensAt.toISOString(),
  closesAt: p.closesAt.toISOString(),
  open: p.opensAt <= new Date() && new Date() < p.closesAt,
});

const PERIODS_PER_YEAR: Record<PeriodKind, number> = { quarter: 4, half_year: 2, year: 1 };

export async function openPeriod(
  db: Db,
  actor: Actor,
  input: { kind: PeriodKind; year: number; number: number; opensAt: Date; closesAt: Date },
) {
  if (input.number > PERIODS_PER_YEAR[input.kind]) {
    throw badInput({
      number: `a ${input.kind} period is numbered 1 to ${PERIODS_PER_YEAR[input.kind]}`,
    });
  }
  if (input.closesAt <= input.opensAt) throw badInput({ closesAt: 'must be after opensAt' });
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [period] = await tx.insert(reportingPeriods).values(input).returning();
      await recordAudit(tx, actor, {
        action: 'period.opened',
        entityType: 'reporting_period',
        entityId: period!.id,
        details: { after: input },
      });
      return period!;
    }),
  );
  return periodView(row);
}

/** Moves a period's window (say, to give agencies more time); the old and new dates are audited. */
export async function changePeriodWindow(
  db: Db,
  actor: Actor,
  id: string,
  input: { opensAt?: Date | undefined; closesAt?: Date | undefined },
) {
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, id));
      if (!before) throw notFound({ period: id });
      const opensAt = input.opensAt ?? before.opensAt;
      const closesAt = input.closesAt ?? before.closesAt;
      if (closesAt <= opensAt) throw badInput({ closesAt: 'must be after opensAt' });
      const [period] = await tx
        .update(reportingPeriods)
        .set({ opensAt, closesAt })
        .where(eq(reportingPeriods.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'period.window_changed',
        entityType: 'reporting_period',
        entityId: id,
        details: {
          before: { opensAt: before.opensAt, closesAt: before.closesAt },
          after: { opensAt, closesAt },
        },
      });
      return period!;
    }),
  );
  invalidateScores(db); // timeliness is judged against the window's close
  return periodView(row);
}

export async function listPeriods(db: Db) {
  const rows = await db
    .select()
    .from(reportingPeriods)
    .orderBy(
      desc(reportingPeriods.year),
      asc(reportingPeriods.kind),
      desc(reportingPeriods.number),
    );
  return rows.map(periodView);
}

export async function getPeriod(db: Db, id: string) {
  const [p] = await db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.id, id)));
  if (!p) throw notFound({ period: id });
  return periodView(p);
}
