import { eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { badInput, guarded, notFound } from '../../../platform/http/errors.ts';
import { formatAmount, type Money } from '../../../platform/money.ts';
import { invalidateIndicatorValues } from '../indicators/values.ts';
import { assertMayKeepPlansOf } from './access.ts';
import { assertResponsibleOfficer } from './officers.ts';
import { measureView } from './plans.ts';
import { invalidateScores } from './rating.ts';
import { measures } from './schema.ts';

export interface MeasureChanges {
  executedBudget?: Money | null | undefined;
  responsibleUserId?: string | null | undefined;
}

/**
 * What changes on a measure as it is carried out: the budget spent so far (Plan item 20) and who
 * answers for it. Title, activity, deadline and planned budget are the plan itself and stay as
 * adopted. Executed budget is in the planned budget's currency.
 */
export async function updateMeasure(
  db: Db,
  user: SessionUser,
  actor: Actor,
  id: string,
  changes: MeasureChanges,
) {
  const [before] = await db.select().from(measures).where(eq(measures.id, id));
  if (!before) throw notFound({ measure: id });
  assertMayKeepPlansOf(user, before.agencyId);
  const spent = changes.executedBudget;
  if (spent) {
    if (spent.tyiyn < 0n) throw badInput({ executedBudget: 'must not be negative' });
    if (before.plannedBudgetCurrency === null)
      throw badInput({ executedBudget: 'the measure has no planned budget to execute' });
    if (spent.currency !== before.plannedBudgetCurrency)
      throw badInput({ executedBudget: `must be in ${before.plannedBudgetCurrency}, as planned` });
  }
  if (changes.responsibleUserId !== undefined)
    await assertResponsibleOfficer(db, changes.responsibleUserId, before.agencyId);
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [after] = await tx
        .update(measures)
        .set({
          ...(spent !== undefined && {
            executedBudget: spent?.tyiyn ?? null,
            executedBudgetCurrency: spent?.currency ?? null,
          }),
          ...(changes.responsibleUserId !== undefined && {
            responsibleUserId: changes.responsibleUserId,
          }),
          updatedAt: new Date(),
        })
        .where(eq(measures.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'measure.updated',
        entityType: 'measure',
        entityId: id,
        details: {
          before: measureView(before),
          after: {
            ...changes,
            executedBudget: spent ? formatAmount(spent.tyiyn) : spent,
          },
        },
      });
      return after!;
    }),
  );
  invalidateScores(db);
  invalidateIndicatorValues(db);
  return measureView(row);
}
