import { eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { addDays, bishkekDay } from '../engine/days.ts';
import type { AllocationRules, Day } from '../engine/types.ts';
import type { LogWriter } from '../log/writer.ts';
import { withAllocationLog } from '../log/writer.ts';
import { allocationRules, caseCategories, courtChambers, courts } from '../schema.ts';
import { CASE_CATEGORIES } from './categories.ts';

/** Every change takes effect from the day after it is published: no same-day tuning. */
export const effectiveFromOf = (at: Date): Day => addDays(bishkekDay(at), 1);

export async function courtByCode(db: Db, code: string) {
  const [court] = await db.select().from(courts).where(eq(courts.code, code));
  if (!court) throw notFound({ court: code });
  return court;
}

/** Logs the categories the log does not know yet (reference data, idempotent). */
export async function logCategories(log: LogWriter, at?: Date) {
  for (const c of CASE_CATEGORIES) {
    if (log.ledger.categories.has(c.code)) continue;
    log.append(
      { kind: 'category', category: c.code, name: c.name, specialisation: c.specialisation },
      at,
    );
    await log.tx
      .insert(caseCategories)
      .values({ code: c.code, name: c.name, specialisation: c.specialisation })
      .onConflictDoNothing();
  }
}

export async function publishRulesIn(
  log: LogWriter,
  rules: AllocationRules,
  actor: Actor,
  at = new Date(),
) {
  const missing = [...log.ledger.categories.keys()].filter((c) => !(c in rules.categoryPoints));
  const unknown = Object.keys(rules.categoryPoints).filter((c) => !log.ledger.categories.has(c));
  if (missing.length || unknown.length)
    throw new AppError(400, 'court_rules_incomplete', { missing, unknown });
  const version = (log.ledger.rules.at(-1)?.version ?? 0) + 1;
  const effectiveFrom = effectiveFromOf(at);
  log.append({ kind: 'rules', version, effectiveFrom, rules }, at);
  await log.tx
    .insert(allocationRules)
    .values({ version, rules, effectiveFrom, publishedAt: at, publishedBy: actor.id });
  await recordAudit(log.tx, actor, {
    action: 'court.rules.published',
    entityType: 'allocation_rules',
    entityId: String(version),
    details: { effectiveFrom },
  });
  return { version, effectiveFrom };
}

export const publishRules = (db: Db, rules: AllocationRules, actor: Actor) =>
  withAllocationLog(db, (log) => publishRulesIn(log, rules, actor));

export interface NewCourt {
  code: string;
  name: LocalizedText;
  instance: 'first' | 'appeal' | 'cassation';
  agencyId?: string | null | undefined;
}

export async function createCourtIn(log: LogWriter, input: NewCourt, actor: Actor, at?: Date) {
  const [existing] = await log.tx
    .select({ id: courts.id })
    .from(courts)
    .where(eq(courts.code, input.code));
  if (existing) throw new AppError(409, 'conflict', { court: input.code });
  const [court] = await log.tx
    .insert(courts)
    .values({
      code: input.code,
      name: input.name,
      instance: input.instance,
      agencyId: input.agencyId ?? null,
    })
    .returning();
  log.append(
    {
      kind: 'court',
      court: court!.id,
      code: input.code,
      name: input.name,
      instance: input.instance,
    },
    at,
  );
  await recordAudit(log.tx, actor, {
    action: 'court.created',
    entityType: 'court',
    entityId: court!.id,
    details: { code: input.code },
  });
  return court!;
}

export async function createChamberIn(
  log: LogWriter,
  courtId: string,
  input: { name: LocalizedText; specialisation: string },
  actor: Actor,
  at?: Date,
) {
  const [chamber] = await log.tx
    .insert(courtChambers)
    .values({ courtId, name: input.name, specialisation: input.specialisation })
    .returning();
  log.append(
    {
      kind: 'chamber',
      chamber: chamber!.id,
      court: courtId,
      name: input.name,
      specialisation: input.specialisation,
    },
    at,
  );
  await recordAudit(log.tx, actor, {
    action: 'court.chamber.created',
    entityType: 'court_chamber',
    entityId: chamber!.id,
  });
  return chamber!;
}

export const createCourt = (db: Db, input: NewCourt, actor: Actor) =>
  withAllocationLog(db, (log) => createCourtIn(log, input, actor));

export async function createChamber(
  db: Db,
  code: string,
  input: { name: LocalizedText; specialisation: string },
  actor: Actor,
) {
  const court = await courtByCode(db, code);
  return withAllocationLog(db, (log) => createChamberIn(log, court.id, input, actor));
}
