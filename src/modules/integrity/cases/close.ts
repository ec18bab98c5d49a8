import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, badInput, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/service.ts';
import { declarants } from '../../declarations/schema.ts';
import { conflictCases, conflictFindings, conflictNotifications, persons } from '../schema.ts';

export const CASE_OUTCOMES = ['resolved', 'liability', 'unfounded'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const LIABILITIES = ['reprimand', 'dismissal', 'other', 'none'] as const;
export type Liability = (typeof LIABILITIES)[number];

export interface CloseCaseInput {
  outcome: CaseOutcome;
  /** Required (and not none) when the outcome is liability; none otherwise. */
  liability?: Liability | undefined;
  note: string;
}

/**
 * Closes a case for good: resolved (only once the head decided a measure on one of its
 * notifications), liability imposed, or unfounded. An unfounded case dismisses its findings, so
 * the same path is not raised again; the others keep their findings in the closed case.
 */
export async function closeCase(
  db: Db,
  actor: Actor & { id: string },
  id: string,
  input: CloseCaseInput,
  now: Date,
) {
  if (input.outcome === 'liability' && (!input.liability || input.liability === 'none')) {
    throw badInput({ field: 'liability', reason: 'required with the outcome liability' });
  }
  return db.transaction(async (tx) => {
    const [kase] = await tx
      .select()
      .from(conflictCases)
      .where(eq(conflictCases.id, id))
      .for('update');
    if (!kase) throw notFound();
    if (kase.state === 'closed') {
      throw new AppError(409, 'transition_refused', {
        state: kase.state,
        allowed: ['open', 'measure_ordered'],
      });
    }
    if (input.outcome === 'resolved') {
      const [decided] = await tx
        .select({ id: conflictNotifications.id })
        .from(conflictNotifications)
        .where(
          and(eq(conflictNotifications.caseId, id), eq(conflictNotifications.state, 'decided')),
        )
        .limit(1);
      if (!decided) throw new AppError(409, 'measure_not_decided', { state: kase.state });
    }
    const liability = input.outcome === 'liability' ? input.liability! : 'none';
    await tx
      .update(conflictCases)
      .set({
        state: 'closed',
        outcome: input.outcome,
        liability,
        closingNote: input.note,
        closedBy: actor.id,
        closedAt: now,
        updatedAt: now,
      })
      .where(eq(conflictCases.id, id));
    if (input.outcome === 'unfounded') {
      await tx
        .update(conflictFindings)
        .set({ state: 'dismissed', dismissedReason: input.note })
        .where(eq(conflictFindings.caseId, id));
    }
    await recordAudit(tx, actor, {
      action: 'conflict_case.closed',
      entityType: 'conflict_case',
      entityId: id,
      details: { before: kase.state, outcome: input.outcome, liability },
    });
    const [official] = await tx
      .select({ userId: declarants.userId })
      .from(persons)
      .innerJoin(declarants, eq(declarants.id, persons.declarantId))
      .where(eq(persons.id, kase.officialPersonId));
    if (official?.userId) {
      await notify(tx, [
        {
          userId: official.userId,
          kind: 'conflict_case.closed',
          title: {
            ky: 'Сиз боюнча кызыкчылыктардын кагылышуусу жөнүндө иш жабылды',
            ru: 'Дело о конфликте интересов в отношении вас закрыто',
            en: 'The conflict-of-interest case about you was closed',
          },
          link: '/my-conflicts',
        },
      ]);
    }
  });
}
