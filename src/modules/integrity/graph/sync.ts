import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import {
  declarants,
  declarations,
  declarationVersions,
  registryCompanyRoles,
} from '../../declarations/schema.ts';
import type { FamilyDegree } from '../detection/types.ts';
import { pinProblem } from '../names/pin.ts';
import { interestDeclarations, persons, relations } from '../schema.ts';
import { ensureCompany, ensurePerson, entityOfAgency } from './entities.ts';
import { type RelationRow, replaceRelations } from './relations.ts';

/**
 * Builds the graph from the platform's own sources: declarants and their posts (employment),
 * the relatives of their latest declaration (family), company roles from the registry (director,
 * founder, owner) and private-interest declarations. Each function returns the persons it touched,
 * so the detection can re-check just them.
 */

const usablePin = (pin: string | null | undefined, birthDate?: string | null) =>
  pin && pinProblem(pin, birthDate ?? null) === null ? pin : null;

/** The official, their post and the relatives of their latest submitted declaration. */
export async function syncDeclarant(db: Db, declarantId: string): Promise<string[]> {
  const [declarant] = await db.select().from(declarants).where(eq(declarants.id, declarantId));
  if (!declarant) return [];
  const personId = await ensurePerson(db, {
    pin: usablePin(declarant.pin, declarant.birthDate),
    fullName: declarant.fullName,
    birthDate: declarant.birthDate,
    declarantId: declarant.id,
    synthetic: declarant.synthetic,
  });
  const agencyEntity = await entityOfAgency(db, declarant.agencyId);
  await replaceRelations(db, `appointment:${declarant.id}`, [
    {
      key: `appointment:${declarant.id}`,
      kind: 'employment',
      role: declarant.post,
      fromPersonId: personId,
      toOrganisationId: agencyEntity,
      validUntil: declarant.declaresUntil ? `${declarant.declaresUntil}-12-31` : null,
      source: 'appointment',
      sourceRef: `declarant ${declarant.id}`,
      synthetic: declarant.synthetic,
    },
  ]);

  const touched = [personId];
  const [latest] = await db
    .select({
      id: declarations.id,
      year: declarations.year,
      version: declarations.version,
      content: declarationVersions.content,
    })
    .from(declarations)
    .innerJoin(
      declarationVersions,
      and(
        eq(declarationVersions.declarationId, declarations.id),
        eq(declarationVersions.version, declarations.version),
      ),
    )
    .where(and(eq(declarations.declarantId, declarant.id), gt(declarations.version, 0)))
    .orderBy(desc(declarations.year))
    .limit(1);
  const family: RelationRow[] = [];
  const pins: Array<{ personId: string; pin: string }> = [];
  if (declarant.pin && usablePin(declarant.pin, declarant.birthDate))
    pins.push({ personId, pin: declarant.pin });
  if (latest) {
    for (const relative of latest.content.relatives) {
      const key = `declaration:${declarant.id}:${relative.id}`;
      const pin = usablePin(relative.pin, relative.birthDate || null);
      // Without a PIN the relative keeps the person row this declaration line made before.
      const previous = pin ? null : await personOfRelation(db, key);
      const relativeId =
        previous ??
        (await ensurePerson(db, {
          pin,
          fullName: relative.fullName,
          birthDate: relative.birthDate || null,
          synthetic: declarant.synthetic,
        }));
      if (relativeId === personId) continue;
      touched.push(relativeId);
      if (pin) pins.push({ personId: relativeId, pin });
      family.push({
        key,
        kind: 'family',
        degree: relative.relation as FamilyDegree,
        fromPersonId: personId,
        toPersonId: relativeId,
        source: 'declaration',
        sourceRef: `declaration ${latest.year} v${latest.version} (${latest.id})`,
        synthetic: declarant.synthetic,
      });
    }
  }
  await replaceRelations(db, `declaration:${declarant.id}:`, family);
  for (const { personId: id, pin } of pins) await syncRegistryRoles(db, id, pin);
  return touched;
}

/** The person a declaration line pointed to last time. */
async function personOfRelation(db: Db, key: string): Promise<string | null> {
  const [row] = await db
    .select({ to: relations.toPersonId })
    .from(relations)
    .where(eq(relations.key, key));
  return row?.to ?? null;
}

/** Company roles the legal-entities registry holds for a PIN. */
export async function syncRegistryRoles(db: Db, personId: string, pin: string): Promise<void> {
  const roles = await db
    .select()
    .from(registryCompanyRoles)
    .where(eq(registryCompanyRoles.personPin, pin));
  const rows: RelationRow[] = [];
  for (const role of roles) {
    const companyId = await ensureCompany(db, {
      registrationNumber: role.companyId,
      name: role.companyName,
      synthetic: role.synthetic,
      source: 'registry of legal entities',
    });
    rows.push({
      key: `registry:${pin}:${role.recordId}`,
      kind: role.role === 'director' ? 'director' : role.role === 'owner' ? 'owner' : 'founder',
      sharePercent: role.sharePercent,
      fromPersonId: personId,
      toOrganisationId: companyId,
      validFrom: role.since,
      source: 'registry',
      sourceRef: role.recordId,
      synthetic: role.synthetic,
    });
  }
  await replaceRelations(db, `registry:${pin}:`, rows);
}

/** The relatives, companies and associations a private-interest declaration names. */
export async function syncInterestDeclaration(db: Db, id: string): Promise<string[]> {
  const [filed] = await db
    .select()
    .from(interestDeclarations)
    .where(eq(interestDeclarations.id, id));
  if (!filed) return [];
  const personId = await syncDeclarantPerson(db, filed.declarantId);
  if (!personId) return [];
  const ref = `interest declaration ${filed.effectiveOn} (${filed.id})`;
  const rows: RelationRow[] = [];
  const touched = [personId];
  const holders = new Map<string, string>([['declarant', personId]]);
  for (const relative of filed.content.relatives) {
    const relativeId = await ensurePerson(db, {
      pin: usablePin(relative.pin, relative.birthDate),
      fullName: relative.fullName,
      birthDate: relative.birthDate ?? null,
      synthetic: filed.synthetic,
    });
    if (relativeId === personId) continue;
    holders.set(relative.id, relativeId);
    touched.push(relativeId);
    rows.push({
      key: `interest:${filed.id}:${relative.id}`,
      kind: 'family',
      degree: relative.degree,
      fromPersonId: personId,
      toPersonId: relativeId,
      validFrom: null,
      source: 'interest_declaration',
      sourceRef: ref,
      synthetic: filed.synthetic,
    });
  }
  for (const company of filed.content.companies) {
    const holder = holders.get(company.holder);
    if (!holder) continue;
    const companyId = await ensureCompany(db, {
      registrationNumber: company.registrationNumber ?? `declared:${company.companyName}`,
      name: company.companyName,
      synthetic: filed.synthetic,
      source: 'private-interest declaration',
    });
    rows.push({
      key: `interest:${filed.id}:${company.id}`,
      kind: company.role,
      sharePercent: company.sharePercent ?? null,
      fromPersonId: holder,
      toOrganisationId: companyId,
      validFrom: company.since ?? null,
      source: 'interest_declaration',
      sourceRef: ref,
      synthetic: filed.synthetic,
    });
  }
  for (const association of filed.content.associations) {
    const other = await ensurePerson(db, {
      pin: usablePin(association.pin),
      fullName: association.name,
      synthetic: filed.synthetic,
    });
    if (other === personId) continue;
    touched.push(other);
    rows.push({
      key: `interest:${filed.id}:${association.id}`,
      kind: association.kind,
      fromPersonId: personId,
      toPersonId: other,
      source: 'interest_declaration',
      sourceRef: ref,
      evidence: association.description ?? null,
      synthetic: filed.synthetic,
    });
  }
  await replaceRelations(db, `interest:${filed.id}:`, rows);
  return touched;
}

async function syncDeclarantPerson(db: Db, declarantId: string): Promise<string | null> {
  const [existing] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.declarantId, declarantId));
  if (existing) return existing.id;
  const touched = await syncDeclarant(db, declarantId);
  return touched[0] ?? null;
}

/** Every declarant (used by the seed and the nightly full pass); returns the persons touched. */
export async function syncAllDeclarants(db: Db, ids?: readonly string[]): Promise<string[]> {
  const rows = await db
    .select({ id: declarants.id })
    .from(declarants)
    .where(ids ? inArray(declarants.id, [...ids]) : undefined)
    .orderBy(declarants.id);
  const touched: string[] = [];
  for (const row of rows) touched.push(...(await syncDeclarant(db, row.id)));
  return touched;
}
