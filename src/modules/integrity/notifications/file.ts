import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db } from '../../../platform/db/client.ts';
import { badInput, guarded, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/service.ts';
import { declarantFiling } from '../cases/declarant.ts';
import { conflictCases, conflictNotifications, persons } from '../schema.ts';

export interface NewNotification {
  caseId?: string | undefined;
  description: string;
  relatedParty: string;
}

/**
 * An official notifies the head of their body of a (possible) conflict. The post and its
 * category are taken from the register at filing time, so the published list shows the post held
 * then. A notification may answer an open case about the official; the agency's heads are told.
 */
export async function fileNotification(
  db: Db,
  actor: Actor & { id: string },
  input: NewNotification,
) {
  const declarant = await declarantFiling(db, actor.id);
  return guarded(() =>
    db.transaction(async (tx) => {
      if (input.caseId) {
        const [kase] = await tx
          .select({ state: conflictCases.state })
          .from(conflictCases)
          .innerJoin(persons, eq(persons.id, conflictCases.officialPersonId))
          .where(and(eq(conflictCases.id, input.caseId), eq(persons.declarantId, declarant.id)));
        // Someone else's case is "not found", never "not yours".
        if (!kase) throw notFound({ field: 'caseId' });
        if (kase.state === 'closed') throw badInput({ field: 'caseId', reason: 'case_closed' });
      }
      const [created] = await tx
        .insert(conflictNotifications)
        .values({
          declarantId: declarant.id,
          agencyId: declarant.agencyId,
          caseId: input.caseId ?? null,
          post: declarant.post,
          postCategory: declarant.postCategory,
          description: input.description,
          relatedParty: input.relatedParty,
          filedBy: actor.id,
        })
        .returning({ id: conflictNotifications.id, filedAt: conflictNotifications.filedAt });
      await recordAudit(tx, actor, {
        action: 'conflict_notification.filed',
        entityType: 'conflict_notification',
        entityId: created!.id,
        details: { caseId: input.caseId ?? null, agencyId: declarant.agencyId },
      });
      const heads = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.agencyId, declarant.agencyId),
            eq(users.active, true),
            sql`'agency_head' = ANY(${users.roles})`,
          ),
        );
      await notify(
        tx,
        heads.map((h) => ({
          userId: h.id,
          kind: 'conflict_notification.filed',
          title: {
            ky: `${declarant.fullName} кызыкчылыктардын кагылышуусу жөнүндө кабарлады: чара көрүү керек`,
            ru: `${declarant.fullName} уведомил(а) о конфликте интересов: нужно решение о мере`,
            en: `${declarant.fullName} notified a conflict of interest: a measure is to be decided`,
          },
          link: '/work/conflict-notifications',
        })),
      );
      return { id: created!.id, filedAt: created!.filedAt.toISOString() };
    }),
  );
}
