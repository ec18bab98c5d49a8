import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { ensureCompany, syncAgencies } from '../graph/entities.ts';
import { conflictFindings, dealings, legalEntities } from '../schema.ts';

/** A contract awarded in public procurement, as the procurement module hands it over. */
export interface ProcurementAward {
  /** The OCID, with the supplier when a process has several: the dealing's reference. */
  reference: string;
  buyer: { identifier: string | null; name: string | null };
  supplier: { identifier: string; name: string };
  title: string;
  amountTyiyn: number | null;
  dealtOn: string;
  synthetic: boolean;
}

const normalise = (name: string) => name.toLocaleLowerCase('ru').replace(/\s+/g, ' ').trim();

/**
 * The graph's organisation for a buyer: by registration number (INN) when the graph knows it,
 * otherwise the state body whose Kyrgyz, Russian or English name is the buyer's name.
 */
export async function buyerOrganisation(
  db: Db,
  buyer: ProcurementAward['buyer'],
): Promise<{ id: string; agencyId: string | null } | null> {
  if (buyer.identifier) {
    const [byNumber] = await db
      .select({ id: legalEntities.id, agencyId: legalEntities.agencyId })
      .from(legalEntities)
      .where(eq(legalEntities.registrationNumber, buyer.identifier));
    if (byNumber) return byNumber;
  }
  if (!buyer.name) return null;
  const name = normalise(buyer.name);
  const [byName] = await db
    .select({ id: legalEntities.id, agencyId: legalEntities.agencyId })
    .from(legalEntities)
    .innerJoin(agencies, eq(agencies.id, legalEntities.agencyId))
    .where(
      or(
        sql`lower(${agencies.name}->>'ky') = ${name}`,
        sql`lower(${agencies.name}->>'ru') = ${name}`,
        sql`lower(${agencies.name}->>'en') = ${name}`,
      ),
    )
    .limit(1);
  return byName ?? null;
}

/**
 * Hands procurement awards to the relations graph as contracts of the buyer with the supplier,
 * so the conflict-of-interest detection sees them (its incremental job picks new dealings up).
 * Awards whose buyer is not a known state body are left out: there is no official to check.
 * Idempotent by reference. Returns how many dealings were added.
 */
export async function recordProcurementAwards(
  db: Db,
  awards: readonly ProcurementAward[],
): Promise<number> {
  await syncAgencies(db);
  let added = 0;
  const buyers = new Map<string, string | null>();
  for (const award of awards) {
    const [known] = await db
      .select({ id: dealings.id })
      .from(dealings)
      .where(and(eq(dealings.source, 'procurement'), eq(dealings.reference, award.reference)));
    if (known) continue;
    const key = `${award.buyer.identifier ?? ''}\u0000${award.buyer.name ?? ''}`;
    if (!buyers.has(key)) buyers.set(key, (await buyerOrganisation(db, award.buyer))?.id ?? null);
    const organisationId = buyers.get(key);
    if (!organisationId) continue;
    const supplierId = await ensureCompany(db, {
      registrationNumber: award.supplier.identifier,
      name: award.supplier.name,
      synthetic: award.synthetic,
      source: 'procurement (OCDS)',
    });
    const rows = await db
      .insert(dealings)
      .values({
        kind: 'contract',
        organisationId,
        counterpartyOrganisationId: supplierId,
        title: award.title,
        amountTyiyn: award.amountTyiyn,
        dealtOn: award.dealtOn,
        source: 'procurement',
        reference: award.reference,
        synthetic: award.synthetic,
      })
      .onConflictDoNothing()
      .returning({ id: dealings.id });
    added += rows.length;
  }
  return added;
}

/**
 * The potential conflicts of interest whose path ends in a contract of this procurement process
 * (reference = the OCID, or the OCID and a supplier), for the tender page.
 */
export async function conflictFindingsOfProcess(db: Db, ocid: string) {
  const references = await db
    .select({ id: dealings.id })
    .from(dealings)
    .where(
      and(
        eq(dealings.source, 'procurement'),
        or(eq(dealings.reference, ocid), sql`${dealings.reference} LIKE ${`${ocid}/%`}`),
      ),
    );
  if (references.length === 0) return [];
  const ids = references.map((r) => r.id);
  return db
    .select({
      id: conflictFindings.id,
      rule: conflictFindings.rule,
      severity: conflictFindings.severity,
      state: conflictFindings.state,
      path: conflictFindings.path,
    })
    .from(conflictFindings)
    .where(
      and(
        inArray(conflictFindings.state, ['open', 'in_case']),
        sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${conflictFindings.path}) AS step
                    WHERE step->>'edge' = 'dealing' AND step->>'edgeId' IN (${sql.join(
                      ids.map((id) => sql`${id}`),
                      sql`, `,
                    )}))`,
      ),
    );
}
