import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/service.ts';
import { declarants } from '../../declarations/schema.ts';
import { headOf, type IntegrityViewer } from '../cases/viewer.ts';
import { conflictCases, conflictNotifications } from '../schema.ts';

export const MEASURES = ['recusal', 'transfer', 'divestment', 'other'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The head of the official's body decides the measure, once. Another agency's notification is
 * "not found", so a head cannot learn who notified elsewhere. A decided notification moves its
 * open case to "measure ordered"; the official is told.
 */
export async function decideNotification(
  db: Db,
  viewer: IntegrityViewer,
  actor: Actor & { id: string },
  id: string,
  input: { measure: Measure; measureText?: string | undefined },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ notification: conflictNotifications, userId: declarants.userId })
      .from(conflictNotifications)
      .innerJoin(declarants, eq(declarants.id, conflictNotifications.declarantId))
      .where(eq(conflictNotifications.id, id))
      .for('update', { of: conflictNotifications });
    if (!row || !headOf(viewer, row.notification.agencyId)) throw notFound();
    const n = row.notification;
    if (n.state !== 'filed') {
      throw new AppError(409, 'transition_refused', { state: n.state, allowed: ['filed'] });
    }
    await tx
      .update(conflictNotifications)
      .set({
        state: 'decided',
        measure: input.measure,
        measureText: input.measureText ?? null,
        decidedBy: actor.id,
        decidedAt: now,
      })
      .where(eq(conflictNotifications.id, id));
    await recordAudit(tx, actor, {
      action: 'conflict_notification.decided',
      entityType: 'conflict_notification',
      entityId: id,
      details: { measure: input.measure, caseId: n.caseId },
    });
    if (n.caseId) {
      const moved = await tx
        .update(conflictCases)
        .set({ state: 'measure_ordered', updatedAt: now })
        .where(and(eq(conflictCases.id, n.caseId), eq(conflictCases.state, 'open')))
        .returning({ id: conflictCases.id });
      if (moved.length) {
        await recordAudit(tx, actor, {
          action: 'conflict_case.measure_ordered',
          entityType: 'conflict_case',
          entityId: n.caseId,
          details: { before: 'open', notificationId: id, measure: input.measure },
        });
      }
    }
    if (row.userId) {
      await notify(tx, [
        {
          userId: row.userId,
          kind: 'conflict_notification.decided',
          title: {
            ky: 'Кызыкчылыктардын кагылышуусу жөнүндө кабарламаңыз боюнча чара көрүлдү',
            ru: 'По вашему уведомлению о конфликте интересов принята мера',
            en: 'A measure was decided on your conflict-of-interest notification',
          },
          link: '/my-conflicts',
        },
      ]);
    }
  });
}
