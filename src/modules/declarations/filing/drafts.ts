import { and, eq, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/service.ts';
import { recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, guarded } from '../../../platform/http/errors.ts';
import { type DeclarationContent, emptyContent } from '../content.ts';
import { rateTable } from '../rates/load.ts';
import { RegistryUnavailableError } from '../registry/errors.ts';
import { prefillDraft } from '../registry/prefill.ts';
import type { RegistryGateway } from '../registry/records.ts';
import { declarants, declarations, filingYears } from '../schema.ts';
import { type FieldProblem, validateContent } from '../validate.ts';
import { ownDeclaration, type Viewer } from './access.ts';
import { bishkekDate } from './today.ts';

/** The declarant record of a signed-in account, if it is in the register of declarants. */
export async function findDeclarant(db: Db, userId: string) {
  const [row] = await db.select().from(declarants).where(eq(declarants.userId, userId));
  return row ?? null;
}

/** The declarant record of a signed-in account; 403 when the account does not declare. */
export async function declarantOf(db: Db, userId: string) {
  const row = await findDeclarant(db, userId);
  if (!row) throw new AppError(403, 'not_a_declarant');
  return row;
}

/** Opens the declaration for a year: an empty draft, only for a year the declarant must file. */
export async function createDraft(db: Db, viewer: Viewer, actor: Actor, year: number) {
  const declarant = await declarantOf(db, viewer.userId);
  const [campaign] = await db
    .select()
    .from(filingYears)
    .where(and(eq(filingYears.year, year), lte(sql`${declarant.declaresFrom}`, year)));
  const inOffice = declarant.declaresUntil === null || declarant.declaresUntil >= year;
  if (!campaign || !inOffice) throw new AppError(400, 'not_obliged', { year });
  return guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(declarations)
        .values({
          declarantId: declarant.id,
          year,
          agencyId: declarant.agencyId,
          post: declarant.post,
          postCategory: declarant.postCategory,
          draft: emptyContent(),
        })
        .returning({ id: declarations.id });
      await recordAudit(tx, actor, {
        action: 'declaration.draft_opened',
        entityType: 'declaration',
        entityId: created!.id,
        details: { year },
      });
      return created!.id;
    }),
  );
}

/** What is wrong with a draft's values, field by field, by the same rules as submission. */
export async function problemsOf(db: Db, content: DeclarationContent, year: number, now: Date) {
  const rates = await rateTable(db);
  return validateContent(content, {
    year,
    today: bishkekDate(now),
    currencies: rates.currencies(),
  });
}

function assertDraftOpen(status: string) {
  if (status === 'submitted') throw new AppError(409, 'transition_refused', { status });
}

/**
 * Keeps the form as typed, wrong values included (a draft is never lost), and answers with
 * every problem so the form can show it beside its field. Draft edits are the declarant's own
 * work in progress and are not audited; opening, pre-fill and submission are.
 */
export async function saveDraft(
  db: Db,
  viewer: Viewer,
  id: string,
  content: DeclarationContent,
  now: Date,
): Promise<{ problems: FieldProblem[] }> {
  const { declaration } = await ownDeclaration(db, viewer, id);
  assertDraftOpen(declaration.status);
  await db
    .update(declarations)
    .set({ draft: content, updatedAt: now })
    .where(eq(declarations.id, id));
  return { problems: await problemsOf(db, content, declaration.year, now) };
}

/**
 * Adds what the state registries hold on the declarant and the relatives with a PIN to the
 * draft, each item marked with its registry and left unconfirmed until the declarant looks at it.
 */
export async function prefillFromRegistries(
  db: Db,
  viewer: Viewer,
  actor: Actor,
  id: string,
  gateway: RegistryGateway,
) {
  const { declaration, declarant } = await ownDeclaration(db, viewer, id);
  assertDraftOpen(declaration.status);
  const draft = declaration.draft ?? emptyContent();
  const owners = new Map<string, string>([[declarant.pin, 'declarant']]);
  for (const r of draft.relatives) if (r.pin) owners.set(r.pin, r.id);
  let records: Awaited<ReturnType<RegistryGateway['lookup']>>;
  try {
    records = await gateway.lookup([...owners.keys()], { userId: viewer.userId });
  } catch (err) {
    // Which registry service failed and how, never the error's text (it may carry internals).
    if (!(err instanceof RegistryUnavailableError)) throw err;
    throw new AppError(502, 'registry_unavailable', {
      registry: gateway.name,
      service: err.service,
      problem: err.problem,
      errorType: err.errorType,
    });
  }
  const { content, added } = prefillDraft(draft, records, owners);
  await db.transaction(async (tx) => {
    await tx
      .update(declarations)
      .set({ draft: content, updatedAt: new Date() })
      .where(eq(declarations.id, id));
    await recordAudit(tx, actor, {
      action: 'declaration.prefilled',
      entityType: 'declaration',
      entityId: id,
      details: {
        registry: gateway.name,
        persons: owners.size,
        found: {
          realEstate: records.realEstate.length,
          vehicles: records.vehicles.length,
          companyRoles: records.companyRoles.length,
        },
        added,
      },
    });
  });
  return { content, added, registry: gateway.name };
}
