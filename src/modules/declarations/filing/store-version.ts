import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { declarations, declarationVersions } from '../schema.ts';
import type { SubmittedContent } from '../submitted.ts';
import { receiptOf } from './receipt.ts';
import { familyTotals } from './totals.ts';

/**
 * Writes a submitted version and moves the declaration to it: the one way a version is stored,
 * whether a declarant submits or a seed or benchmark loads one.
 */
export async function storeVersion(
  tx: Db,
  input: {
    declarationId: string;
    version: number;
    firstSubmittedAt: Date | null;
    content: SubmittedContent;
    submittedAt: Date;
    submittedBy: string | null;
  },
) {
  const kind = input.version === 1 ? 'annual' : 'corrective';
  const receipt = receiptOf(input.declarationId, input.version, input.submittedAt, input.content);
  const totals = familyTotals(input.content);
  await tx.insert(declarationVersions).values({
    declarationId: input.declarationId,
    version: input.version,
    kind,
    content: input.content,
    incomeTyiyn: totals.income,
    monetaryAssetsTyiyn: totals.monetaryAssets,
    propertyValueTyiyn: totals.propertyValue,
    receipt,
    submittedAt: input.submittedAt,
    submittedBy: input.submittedBy,
  });
  await tx
    .update(declarations)
    .set({
      status: 'submitted',
      draft: null,
      version: input.version,
      firstSubmittedAt: input.firstSubmittedAt ?? input.submittedAt,
      lastSubmittedAt: input.submittedAt,
      updatedAt: input.submittedAt,
    })
    .where(eq(declarations.id, input.declarationId));
  return { kind, receipt };
}
