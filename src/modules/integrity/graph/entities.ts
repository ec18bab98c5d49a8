import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { legalEntities, persons } from '../schema.ts';

/**
 * Finding or creating the nodes of the graph. A person with a PIN is one row whatever source
 * names them; a person without one gets a row per source record, and entity resolution proposes
 * the matches (graph/resolve.ts).
 */

export interface PersonFacts {
  pin?: string | null | undefined;
  fullName: string;
  birthDate?: string | null | undefined;
  declarantId?: string | null | undefined;
  synthetic: boolean;
}

/** The surviving row of a person (follows merges). */
export async function survivorOf(db: Db, id: string): Promise<string> {
  let current = id;
  for (let hop = 0; hop < 10; hop++) {
    const [row] = await db
      .select({ mergedInto: persons.mergedInto })
      .from(persons)
      .where(eq(persons.id, current));
    if (!row?.mergedInto) return current;
    current = row.mergedInto;
  }
  return current;
}

export async function personByPin(db: Db, pin: string): Promise<string | null> {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.pin, pin), isNull(persons.mergedInto)));
  return row?.id ?? null;
}

/** The person with this PIN (filling in what the row lacked), or a new row. */
export async function ensurePerson(db: Db, facts: PersonFacts): Promise<string> {
  const pin = facts.pin || null;
  if (facts.declarantId) {
    const [byDeclarant] = await db
      .select({ id: persons.id })
      .from(persons)
      .where(eq(persons.declarantId, facts.declarantId));
    if (byDeclarant) return survivorOf(db, byDeclarant.id);
  }
  if (pin) {
    const existing = await personByPin(db, pin);
    if (existing) {
      if (facts.declarantId || facts.birthDate) {
        const [row] = await db
          .select({ declarantId: persons.declarantId, birthDate: persons.birthDate })
          .from(persons)
          .where(eq(persons.id, existing));
        await db
          .update(persons)
          .set({
            declarantId: row?.declarantId ?? facts.declarantId ?? null,
            birthDate: row?.birthDate ?? facts.birthDate ?? null,
            updatedAt: new Date(),
          })
          .where(eq(persons.id, existing));
      }
      return existing;
    }
  }
  const [created] = await db
    .insert(persons)
    .values({
      pin,
      fullName: facts.fullName,
      birthDate: facts.birthDate || null,
      declarantId: facts.declarantId ?? null,
      synthetic: facts.synthetic,
    })
    .returning({ id: persons.id });
  return created!.id;
}

export interface CompanyFacts {
  registrationNumber: string;
  name: string;
  synthetic: boolean;
  source: string;
}

/** The company with this registration number, or a new row. */
export async function ensureCompany(db: Db, facts: CompanyFacts): Promise<string> {
  const [existing] = await db
    .select({ id: legalEntities.id })
    .from(legalEntities)
    .where(eq(legalEntities.registrationNumber, facts.registrationNumber));
  if (existing) return existing.id;
  const [created] = await db
    .insert(legalEntities)
    .values({
      kind: 'company',
      name: facts.name,
      registrationNumber: facts.registrationNumber,
      source: facts.source,
      synthetic: facts.synthetic,
    })
    .onConflictDoNothing()
    .returning({ id: legalEntities.id });
  if (created) return created.id;
  return ensureCompany(db, facts);
}

/**
 * Every agency of the platform is a state body of the graph and, financed from the budget, an
 * entry of the public register (Plan item 5). The National Bank is not: it covers its expenses
 * from its own income. Idempotent; returns how many were added.
 */
const NOT_BUDGET_FUNDED = new Set(['national-bank']);

export async function syncAgencies(db: Db): Promise<number> {
  const rows = await db
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      synthetic: agencies.synthetic,
      source: agencies.source,
      parentId: agencies.parentId,
    })
    .from(agencies);
  if (rows.length === 0) return 0;
  const added = await db
    .insert(legalEntities)
    .values(
      rows.map((a) => ({
        kind: 'state_body',
        register: NOT_BUDGET_FUNDED.has(a.code) ? null : 'budget_funded',
        name: a.name.ky,
        agencyId: a.id,
        source: a.source ?? 'Akniet reference data (agencies)',
        synthetic: a.synthetic,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: legalEntities.id });
  return added.length;
}

/** The graph's organisation for a platform agency. */
export async function entityOfAgency(db: Db, agencyId: string): Promise<string> {
  const [row] = await db
    .select({ id: legalEntities.id })
    .from(legalEntities)
    .where(eq(legalEntities.agencyId, agencyId));
  if (row) return row.id;
  await syncAgencies(db);
  const [again] = await db
    .select({ id: legalEntities.id })
    .from(legalEntities)
    .where(eq(legalEntities.agencyId, agencyId));
  if (!again) throw new Error(`agency ${agencyId} has no organisation`);
  return again.id;
}
