import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { emptyContent } from '../content.ts';
import { convertToSom } from '../rates/convert.ts';
import { rateTable } from '../rates/load.ts';
import { RegistryUnavailableError } from '../registry/errors.ts';
import { checkDeclarations } from '../review/run-checks.ts';
import { declarations, declarationVersions, filingYears } from '../schema.ts';
import { validateContent } from '../validate.ts';
import { ownDeclaration, type Viewer } from './access.ts';
import { storeVersion } from './store-version.ts';
import { bishkekDate } from './today.ts';
import { withoutSom } from './totals.ts';

/**
 * Files the draft: every value valid or a 400 listing each field's problem (the draft stays as it
 * was); amounts converted to som at the official rates; a new immutable version with its receipt;
 * then the automated check, all in one transaction.
 */
export async function submitDeclaration(
  db: Db,
  viewer: Viewer,
  actor: Actor,
  id: string,
  now: Date,
) {
  const { declaration } = await ownDeclaration(db, viewer, id);
  if (declaration.status === 'submitted')
    throw new AppError(409, 'transition_refused', { status: 'submitted' });
  const draft = declaration.draft ?? emptyContent();
  const rates = await rateTable(db);
  const problems = validateContent(draft, {
    year: declaration.year,
    today: bishkekDate(now),
    currencies: rates.currencies(),
  });
  if (problems.length > 0) throw new AppError(400, 'declaration_invalid', { problems });
  const converted = convertToSom(draft, declaration.year, rates);
  if (converted.problems.length > 0) {
    throw new AppError(400, 'declaration_invalid', { problems: converted.problems });
  }
  const version = declaration.version + 1;
  const [campaign] = await db
    .select()
    .from(filingYears)
    .where(eq(filingYears.year, declaration.year));
  const late = campaign ? bishkekDate(now) > campaign.deadline : false;

  const { kind, receipt, check } = await db.transaction(async (tx) => {
    const stored = await storeVersion(tx, {
      declarationId: id,
      version,
      firstSubmittedAt: declaration.firstSubmittedAt,
      content: converted.content,
      submittedAt: now,
      submittedBy: viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: 'declaration.submitted',
      entityType: 'declaration',
      entityId: id,
      details: {
        year: declaration.year,
        version,
        kind: stored.kind,
        receipt: stored.receipt,
        late,
      },
    });
    return { ...stored, check: await checkNowOrTonight(tx, id, now) };
  });
  return { version, kind, receipt, submittedAt: now.toISOString(), late, check };
}

/**
 * The automated check right after submission. When a state registry is down the filing still
 * stands: the check is left to the nightly re-check (check: null), never run on half the data.
 */
async function checkNowOrTonight(tx: Db, id: string, now: Date) {
  try {
    const [result] = await checkDeclarations(tx, [id], now);
    return result ?? null;
  } catch (err) {
    if (err instanceof RegistryUnavailableError) return null;
    throw err;
  }
}

/** Reopens a submitted declaration as a corrective draft, starting from its latest version. */
export async function openCorrective(db: Db, viewer: Viewer, actor: Actor, id: string) {
  const { declaration } = await ownDeclaration(db, viewer, id);
  if (declaration.status !== 'submitted')
    throw new AppError(409, 'transition_refused', { status: declaration.status });
  const [latest] = await db
    .select({ content: declarationVersions.content })
    .from(declarationVersions)
    .where(
      and(
        eq(declarationVersions.declarationId, id),
        eq(declarationVersions.version, declaration.version),
      ),
    );
  await db.transaction(async (tx) => {
    await tx
      .update(declarations)
      .set({ status: 'correcting', draft: withoutSom(latest!.content), updatedAt: new Date() })
      .where(eq(declarations.id, id));
    await recordAudit(tx, actor, {
      action: 'declaration.corrective_opened',
      entityType: 'declaration',
      entityId: id,
      details: { fromVersion: declaration.version },
    });
  });
}
