import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { parseAmount } from '../../../platform/money.ts';
import { procurementPlanItems } from '../schema.ts';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** One line of a buyer's annual procurement plan, as the CSV gives it. */
export const planRow = z.object({
  buyer_id: z.string({ error: 'required' }).trim().min(1, 'required').max(200),
  buyer_name: z.string({ error: 'required' }).trim().min(2, 'required').max(500),
  year: z.coerce.number({ error: 'a year such as 2026' }).int().min(2000).max(2100),
  line: z.coerce.number({ error: 'a line number' }).int().min(1).max(1_000_000),
  classification: z
    .string({ error: 'required' })
    .trim()
    .regex(/^\d{8}(-\d)?$/, 'a CPV code of 8 digits, such as 30190000'),
  description: z.string({ error: 'required' }).trim().min(2, 'required').max(1000),
  planned_amount: z.preprocess(
    blank,
    z
      .string()
      .transform((text, ctx) => {
        const tyiyn = parseAmount(text.replace(',', '.'));
        if (tyiyn === null || tyiyn < 0n) {
          ctx.addIssue({ code: 'custom', message: 'a decimal amount such as 125000.50' });
          return z.NEVER;
        }
        return Number(tyiyn);
      })
      .optional(),
  ),
  currency: z.preprocess(
    blank,
    z
      .string()
      .refine((c) => CURRENCIES.has(c), 'an ISO 4217 currency code such as KGS')
      .default('KGS'),
  ),
  method: z.preprocess(blank, z.string().trim().max(50).optional()),
  quarter: z.preprocess(blank, z.coerce.number().int().min(1).max(4).optional()),
});

export type PlanProblem = { row: number; field: string; reason: string };

export type PlanLoad =
  | { ok: true; lines: number; plans: { buyerId: string; year: number }[] }
  | { ok: false; problems: PlanProblem[] };

/**
 * Loads annual procurement plans (Plan item 6: published per buyer). Every row is checked
 * first; if any is wrong nothing is written and every problem comes back with its row. A plan
 * loaded again for the same buyer and year replaces the earlier one, in one transaction.
 */
export async function loadPlans(
  db: Db,
  rows: readonly unknown[],
  actor: Actor,
  options: { synthetic?: boolean } = {},
): Promise<PlanLoad> {
  const problems: PlanProblem[] = [];
  const valid: z.infer<typeof planRow>[] = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const parsed = planRow.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          row: i + 1,
          field: issue.path.join('.') || '(row)',
          reason: issue.message,
        });
      }
      return;
    }
    const key = `${parsed.data.buyer_id}\u0000${parsed.data.year}\u0000${parsed.data.line}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ row: i + 1, field: 'line', reason: `the same line as row ${first}` });
      return;
    }
    seen.set(key, i + 1);
    valid.push(parsed.data);
  });
  if (rows.length === 0) problems.push({ row: 0, field: '(file)', reason: 'no rows' });
  if (problems.length > 0) return { ok: false, problems };

  const plans = [
    ...new Map(
      valid.map((v) => [`${v.buyer_id}\u0000${v.year}`, { buyerId: v.buyer_id, year: v.year }]),
    ).values(),
  ];
  await db.transaction(async (tx) => {
    for (const plan of plans) {
      await tx
        .delete(procurementPlanItems)
        .where(
          and(
            eq(procurementPlanItems.buyerId, plan.buyerId),
            eq(procurementPlanItems.year, plan.year),
          ),
        );
    }
    for (let i = 0; i < valid.length; i += 500) {
      await tx.insert(procurementPlanItems).values(
        valid.slice(i, i + 500).map((v) => ({
          buyerId: v.buyer_id,
          buyerName: v.buyer_name,
          year: v.year,
          line: v.line,
          classification: v.classification.slice(0, 8),
          description: v.description,
          plannedTyiyn: v.planned_amount ?? null,
          currency: v.currency,
          method: v.method ?? null,
          quarter: v.quarter ?? null,
          synthetic: options.synthetic ?? false,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: 'procurement.plans.load',
      entityType: 'procurement_plan',
      details: { plans, lines: valid.length },
    });
  });
  return { ok: true, lines: valid.length, plans };
}

/** The plans' classifications by buyer and year, for the check of purchases absent from the plan. */
export async function planIndex(db: Db): Promise<Map<string, Set<string>>> {
  const rows = await db
    .selectDistinct({
      buyerId: procurementPlanItems.buyerId,
      year: procurementPlanItems.year,
      classification: procurementPlanItems.classification,
    })
    .from(procurementPlanItems);
  const index = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = `${row.buyerId}\u0000${row.year}`;
    const set = index.get(key) ?? new Set<string>();
    set.add(row.classification);
    index.set(key, set);
  }
  return index;
}
