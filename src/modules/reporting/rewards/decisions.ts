import { and, asc, count, eq, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import { addDays, bishkekDay } from '../../../platform/bishkek-time.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage } from '../../../platform/db/paging.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { ReportRow } from '../read/report-view.ts';
import { reports, rewardDecisions } from '../schema.ts';

/**
 * Rewards (Plan item 12: "payment of a material reward with regular monitoring"). Cabinet of
 * Ministers Resolution No. 274 of 23.11.2021 sets the reward at 10% of the sum recovered and paid
 * to the state, at most 1,000,000 som, once the information is confirmed. No payment term is
 * set in a source we could read; the platform's default is 30 days from the decision
 * (constructed, docs/modules/reporting.md).
 */
export const REWARD_SHARE = 0.1;
export const REWARD_CAP_SOM = 1_000_000;
export const REWARD_PAYMENT_DAYS = 30;

export const rewardLimitOf = (recoveredSom: number) =>
  Math.min(Math.floor(recoveredSom * REWARD_SHARE), REWARD_CAP_SOM);

export async function decideReward(
  db: Db,
  row: ReportRow,
  actor: Actor & { id: string },
  input: {
    eligible: boolean;
    recoveredSom?: number | undefined;
    amountSom?: number | undefined;
    basis: string;
    paymentDue?: string | undefined;
  },
) {
  const [existing] = await db
    .select()
    .from(rewardDecisions)
    .where(eq(rewardDecisions.reportId, row.id));
  if (existing?.paidOn) throw new AppError(409, 'reward_already_paid');
  if (input.eligible) {
    if (input.amountSom === undefined || input.recoveredSom === undefined)
      throw new AppError(400, 'validation_failed', {
        amountSom: 'required with recoveredSom when eligible',
      });
    const limit = rewardLimitOf(input.recoveredSom);
    if (input.amountSom > limit) throw new AppError(400, 'reward_over_limit', { limit });
  } else if (input.amountSom !== undefined) {
    throw new AppError(400, 'validation_failed', { amountSom: 'only when eligible' });
  }
  const today = bishkekDay(new Date());
  const paymentDue = input.eligible
    ? (input.paymentDue ?? addDays(today, REWARD_PAYMENT_DAYS))
    : null;
  if (paymentDue && paymentDue < today)
    throw new AppError(400, 'validation_failed', { paymentDue: 'in the past' });
  const values = {
    eligible: input.eligible,
    recoveredSom: input.recoveredSom ?? null,
    amountSom: input.eligible ? (input.amountSom ?? null) : null,
    basis: input.basis,
    paymentDue,
    decidedBy: actor.id,
    decidedAt: new Date(),
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(rewardDecisions)
      .values({ reportId: row.id, ...values })
      .onConflictDoUpdate({ target: rewardDecisions.reportId, set: values });
    await recordAudit(tx, actor, {
      action: 'reward.decided',
      entityType: 'report',
      entityId: row.id,
      details: { before: existing ?? null, ...values, decidedAt: undefined },
    });
  });
}

export async function recordRewardPayment(
  db: Db,
  row: ReportRow,
  actor: Actor & { id: string },
  input: { paidOn: string; reference: string },
) {
  const [decision] = await db
    .select()
    .from(rewardDecisions)
    .where(eq(rewardDecisions.reportId, row.id));
  if (!decision) throw new AppError(409, 'reward_not_decided');
  if (!decision.eligible) throw new AppError(409, 'reward_not_eligible');
  if (decision.paidOn) throw new AppError(409, 'reward_already_paid');
  if (input.paidOn > bishkekDay(new Date()))
    throw new AppError(400, 'validation_failed', { paidOn: 'in the future' });
  await db.transaction(async (tx) => {
    await tx
      .update(rewardDecisions)
      .set({ paidOn: input.paidOn, paymentReference: input.reference })
      .where(eq(rewardDecisions.reportId, row.id));
    await recordAudit(tx, actor, {
      action: 'reward.paid',
      entityType: 'report',
      entityId: row.id,
      details: { paidOn: input.paidOn, reference: input.reference, due: decision.paymentDue },
    });
  });
}

/** Reward decisions of the caller's body; overdue payments first. */
export async function rewardList(
  db: Db,
  bodyAgencyId: string | null,
  query: { overdue?: boolean | undefined; page: number; pageSize: number },
) {
  const today = bishkekDay(new Date());
  const where: SQL[] = [];
  if (bodyAgencyId) where.push(eq(reports.bodyAgencyId, bodyAgencyId));
  if (query.overdue)
    where.push(
      eq(rewardDecisions.eligible, true),
      isNull(rewardDecisions.paidOn),
      lt(rewardDecisions.paymentDue, today),
    );
  const condition = where.length ? and(...where) : undefined;
  const overdueFirst = sql`(${rewardDecisions.eligible} AND ${rewardDecisions.paidOn} IS NULL AND ${rewardDecisions.paymentDue} < ${today}) DESC`;
  return fetchPage(
    query,
    (limit, offset) =>
      db
        .select({
          reportId: rewardDecisions.reportId,
          reference: reports.reference,
          eligible: rewardDecisions.eligible,
          recoveredSom: rewardDecisions.recoveredSom,
          amountSom: rewardDecisions.amountSom,
          basis: rewardDecisions.basis,
          paymentDue: rewardDecisions.paymentDue,
          paidOn: rewardDecisions.paidOn,
          decidedAt: rewardDecisions.decidedAt,
        })
        .from(rewardDecisions)
        .innerJoin(reports, eq(reports.id, rewardDecisions.reportId))
        .where(condition)
        .orderBy(overdueFirst, asc(rewardDecisions.paymentDue))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(rewardDecisions)
        .innerJoin(reports, eq(reports.id, rewardDecisions.reportId))
        .where(condition),
    (r) => ({
      ...r,
      overdue: r.eligible && !r.paidOn && r.paymentDue !== null && r.paymentDue < today,
    }),
  );
}
