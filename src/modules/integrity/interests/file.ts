import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, guarded } from '../../../platform/http/errors.ts';
import { bishkekDate } from '../../declarations/filing/today.ts';
import { declarantFiling } from '../cases/declarant.ts';
import { recheckPersons } from '../findings/store.ts';
import { syncInterestDeclaration } from '../graph/sync.ts';
import { interestDeclarations } from '../schema.ts';
import type { InterestDeclarationContent } from './content.ts';
import { interestReceipt } from './receipt.ts';
import { interestProblems } from './validate.ts';

export const OCCASIONS = ['appointment', 'transfer'] as const;
export type Occasion = (typeof OCCASIONS)[number];

export interface NewInterestDeclaration {
  occasion: Occasion;
  post: string;
  effectiveOn: string;
  content: InterestDeclarationContent;
}

/**
 * Files a private-interest declaration on appointment or transfer. It is stored once and never
 * changed (a later change is a new declaration), with a receipt over its content; its relatives,
 * companies and associations enter the relations graph in the same transaction.
 */
export async function fileInterestDeclaration(
  db: Db,
  actor: Actor & { id: string },
  input: NewInterestDeclaration,
  now: Date,
) {
  const declarant = await declarantFiling(db, actor.id);
  const problems = interestProblems(input, {
    today: bishkekDate(now),
    declarantPin: declarant.pin,
  });
  if (problems.length > 0) throw new AppError(400, 'interest_declaration_invalid', { problems });
  const id = randomUUID();
  const receipt = interestReceipt(id, now, input);
  const filed = await guarded(() =>
    db.transaction(async (tx) => {
      await tx.insert(interestDeclarations).values({
        id,
        declarantId: declarant.id,
        agencyId: declarant.agencyId,
        occasion: input.occasion,
        post: input.post,
        effectiveOn: input.effectiveOn,
        content: input.content,
        receipt,
        filedBy: actor.id,
        filedAt: now,
      });
      await recordAudit(tx, actor, {
        action: 'interest_declaration.filed',
        entityType: 'interest_declaration',
        entityId: id,
        details: { occasion: input.occasion, receipt },
      });
      const touched = await syncInterestDeclaration(tx, id);
      return { result: { id, receipt, filedAt: now.toISOString() }, touched };
    }),
  );
  // The new relations are checked at once; name matching follows in the next incremental run.
  await recheckPersons(db, { persons: filed.touched }, now);
  return filed.result;
}
