import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, guarded, invalidReference } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/service.ts';
import { conflictCases, conflictFindings } from '../schema.ts';
import { officialOf } from './official.ts';

export type OpenCaseInput =
  | { findingId: string; summary: string }
  | { officialPersonId: string; summary: string };

/**
 * Opens a case: from a finding (the finding moves into the case, so it leaves the open queue) or
 * directly about an official. The case belongs to the official's agency, whose head decides the
 * measure; the official is told a case was opened.
 */
export async function openCase(db: Db, actor: Actor & { id: string }, input: OpenCaseInput) {
  return guarded(() =>
    db.transaction(async (tx) => {
      let personId: string;
      let findingId: string | null = null;
      if ('findingId' in input) {
        const [finding] = await tx
          .select()
          .from(conflictFindings)
          .where(eq(conflictFindings.id, input.findingId))
          .for('update');
        if (!finding) throw invalidReference({ field: 'findingId' });
        if (finding.caseId || finding.state === 'in_case') {
          throw new AppError(409, 'finding_in_case', { caseId: finding.caseId });
        }
        if (finding.state !== 'open') {
          throw new AppError(409, 'transition_refused', {
            state: finding.state,
            allowed: ['open'],
          });
        }
        personId = finding.officialPersonId;
        findingId = finding.id;
      } else {
        personId = input.officialPersonId;
      }
      const { person, agencyId, userId } = await officialOf(
        tx,
        personId,
        findingId ? 'findingId' : 'officialPersonId',
      );
      const origin = findingId ? 'finding' : 'manual';
      const [created] = await tx
        .insert(conflictCases)
        .values({
          officialPersonId: person.id,
          agencyId,
          origin,
          summary: input.summary,
          openedBy: actor.id,
        })
        .returning({ id: conflictCases.id });
      const caseId = created!.id;
      if (findingId) {
        await tx
          .update(conflictFindings)
          .set({ state: 'in_case', caseId })
          .where(eq(conflictFindings.id, findingId));
      }
      await recordAudit(tx, actor, {
        action: 'conflict_case.opened',
        entityType: 'conflict_case',
        entityId: caseId,
        details: { origin, findingId, officialPersonId: person.id, agencyId },
      });
      if (userId) {
        await notify(tx, [
          {
            userId,
            kind: 'conflict_case.opened',
            title: {
              ky: 'Сиз боюнча кызыкчылыктардын кагылышуусу жөнүндө иш ачылды',
              ru: 'В отношении вас открыто дело о конфликте интересов',
              en: 'A conflict-of-interest case was opened about you',
            },
            link: '/my-conflicts',
          },
        ]);
      }
      return { id: caseId };
    }),
  );
}
