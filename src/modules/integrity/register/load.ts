import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { legalEntities } from '../schema.ts';
import { REGISTER_KINDS } from './list.ts';

/** Empty CSV cells are absent values. */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const registrationNumber = z
  .string({ error: 'required' })
  .trim()
  .regex(/^\d{14}$/, 'registration_number_format');
const percent = z.preprocess(
  (v) => (typeof v === 'string' ? Number(v.replace(',', '.')) : v),
  z
    .number({ error: 'state_percent_number' })
    .gt(0, 'state_percent_range')
    .max(100, 'state_percent_range'),
);

export const stateOrganisationRow = z
  .object({
    name: z.string({ error: 'required' }).trim().min(2, 'name_required').max(500, 'name_too_long'),
    registrationNumber,
    register: z.enum(REGISTER_KINDS, { error: 'register_unknown' }),
    statePercent: z.preprocess(blank, percent.optional()),
    parentRegistrationNumber: z.preprocess(blank, registrationNumber.optional()),
    address: z.preprocess(blank, z.string().trim().max(500, 'address_too_long').optional()),
  })
  .superRefine((row, ctx) => {
    // A company is on the list because of the state's share: the share is what the list tells.
    if (row.register === 'state_share_company' && row.statePercent === undefined) {
      ctx.addIssue({ code: 'custom', path: ['statePercent'], message: 'state_percent_required' });
    }
    if (row.parentRegistrationNumber === row.registrationNumber) {
      ctx.addIssue({ code: 'custom', path: ['parentRegistrationNumber'], message: 'parent_self' });
    }
  });
export type StateOrganisationRow = z.infer<typeof stateOrganisationRow>;

/** One problem of the file: the 1-based row (CSV: line row + 1, after the header), field and reason. */
export interface RowProblem {
  row: number;
  field: string;
  reason: string;
}

export type LoadResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; problems: RowProblem[] };

const BATCH = 500;

/**
 * Loads the public register of state organisations from rows of a CSV or JSON file. Every row is
 * checked first (kind, 14-digit registration number, state share, unique numbers, a known parent);
 * if any row fails nothing is written and every problem is returned with its row number.
 * Otherwise organisations are added or updated by registration number in one transaction.
 */
export async function loadStateOrganisations(
  db: Db,
  rows: readonly unknown[],
  actor: Actor = SYSTEM_ACTOR,
): Promise<LoadResult> {
  const problems: RowProblem[] = [];
  const valid: Array<{ row: number; value: StateOrganisationRow }> = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((raw, i) => {
    const row = i + 1;
    const parsed = stateOrganisationRow.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ row, field: issue.path.join('.') || '(row)', reason: issue.message });
      }
      return;
    }
    const number = parsed.data.registrationNumber;
    const first = firstRowOf.get(number);
    if (first !== undefined) {
      problems.push({ row, field: 'registrationNumber', reason: `duplicate_of_row_${first}` });
      return;
    }
    firstRowOf.set(number, row);
    valid.push({ row, value: parsed.data });
  });

  const parents = [...new Set(valid.flatMap((v) => v.value.parentRegistrationNumber ?? []))].filter(
    (n) => !firstRowOf.has(n),
  );
  const known = new Set<string>();
  for (let i = 0; i < parents.length; i += BATCH) {
    const found = await db
      .select({ n: legalEntities.registrationNumber })
      .from(legalEntities)
      .where(inArray(legalEntities.registrationNumber, parents.slice(i, i + BATCH)));
    for (const f of found) if (f.n) known.add(f.n);
  }
  for (const { row, value } of valid) {
    const p = value.parentRegistrationNumber;
    if (p && !firstRowOf.has(p) && !known.has(p)) {
      problems.push({ row, field: 'parentRegistrationNumber', reason: 'parent_unknown' });
    }
  }
  problems.push(...parentCycles(valid));
  if (problems.length > 0) {
    return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  }

  return db.transaction(async (tx) => {
    let created = 0;
    const ids = new Map<string, string>();
    for (let i = 0; i < valid.length; i += BATCH) {
      const chunk = valid.slice(i, i + BATCH).map(({ value }) => ({
        kind: value.register === 'state_share_company' ? 'company' : 'state_organisation',
        register: value.register,
        name: value.name,
        registrationNumber: value.registrationNumber,
        statePercent: value.statePercent ?? null,
        address: value.address ?? null,
        source: 'register of state organisations',
      }));
      const written = await tx
        .insert(legalEntities)
        .values(chunk)
        .onConflictDoUpdate({
          target: legalEntities.registrationNumber,
          // An organisation already known (a state body, a company) keeps its kind.
          set: {
            register: sql`excluded.register`,
            name: sql`excluded.name`,
            statePercent: sql`excluded.state_percent`,
            address: sql`COALESCE(excluded.address, ${legalEntities.address})`,
            updatedAt: new Date(),
          },
        })
        .returning({
          id: legalEntities.id,
          number: legalEntities.registrationNumber,
          inserted: sql<boolean>`(xmax = 0)`,
        });
      for (const w of written) {
        ids.set(w.number!, w.id);
        if (w.inserted) created++;
      }
    }
    const withParent = valid.filter((v) => v.value.parentRegistrationNumber);
    const parentIds = new Map(ids);
    const outside = [...new Set(withParent.map((v) => v.value.parentRegistrationNumber!))].filter(
      (n) => !parentIds.has(n),
    );
    for (let i = 0; i < outside.length; i += BATCH) {
      const found = await tx
        .select({ id: legalEntities.id, n: legalEntities.registrationNumber })
        .from(legalEntities)
        .where(inArray(legalEntities.registrationNumber, outside.slice(i, i + BATCH)));
      for (const f of found) parentIds.set(f.n!, f.id);
    }
    for (const { value } of withParent) {
      await tx
        .update(legalEntities)
        .set({ parentId: parentIds.get(value.parentRegistrationNumber!)! })
        .where(eq(legalEntities.id, ids.get(value.registrationNumber)!));
    }
    const result = { ok: true as const, created, updated: valid.length - created };
    await recordAudit(tx, actor, {
      action: 'state_organisations.loaded',
      entityType: 'legal_entity',
      details: { rows: valid.length, created, updated: result.updated },
    });
    return result;
  });
}

/** Parents named within the file must not loop back (A under B under A). */
function parentCycles(valid: ReadonlyArray<{ row: number; value: StateOrganisationRow }>) {
  const parentOf = new Map(
    valid.map((v) => [v.value.registrationNumber, v.value.parentRegistrationNumber]),
  );
  const problems: RowProblem[] = [];
  for (const { row, value } of valid) {
    const seen = new Set([value.registrationNumber]);
    let next = value.parentRegistrationNumber;
    while (next && parentOf.has(next)) {
      if (seen.has(next)) {
        problems.push({ row, field: 'parentRegistrationNumber', reason: 'parent_cycle' });
        break;
      }
      seen.add(next);
      next = parentOf.get(next);
    }
  }
  return problems;
}
