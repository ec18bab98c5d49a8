import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import type { Caller, TestPlatform } from '../../../platform/testing/test-platform.ts';
import { declarants } from '../../declarations/schema.ts';
import type { PathStep } from '../detection/types.ts';
import { entityOfAgency } from '../graph/entities.ts';
import { conflictFindings, dealings, legalEntities, persons, relations } from '../schema.ts';

/** Test data for the conflicts workflow, written straight to the tables. */

export async function agencyByCode(db: Db, code: string): Promise<string> {
  const [row] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code));
  if (!row) throw new Error(`no agency ${code}`);
  return row.id;
}

let serial = 0;

/** A PIN in the Kyrgyz layout: sex digit, birth date DDMMYYYY, five-digit serial. */
export function pinFor(birthDate: string, sex: 1 | 2 = 2): string {
  const [y, m, d] = birthDate.split('-');
  return `${sex}${d}${m}${y}${String(++serial).padStart(5, '0')}`;
}

export interface Official {
  declarantId: string;
  personId: string;
  pin: string;
  caller: Caller | null;
  userId: string | null;
}

/** A declarant in the register (with an account unless told otherwise) and their graph person. */
export async function addOfficial(
  t: TestPlatform,
  o: {
    fullName: string;
    agencyId: string;
    post: string;
    postCategory: 'political' | 'special' | 'administrative' | 'municipal';
    notPublishedReason?: string;
    account?: boolean;
  },
): Promise<Official> {
  const db = t.database.db;
  const birthDate = '1980-04-12';
  const pin = pinFor(birthDate);
  let userId: string | null = null;
  let caller: Caller | null = null;
  if (o.account !== false) {
    const username = `official-${++serial}`;
    userId = await t.createUser(['declarant'], { username });
    caller = await t.login(username);
  }
  const [declarant] = await db
    .insert(declarants)
    .values({
      pin,
      fullName: o.fullName,
      birthDate,
      userId,
      agencyId: o.agencyId,
      post: o.post,
      postCategory: o.postCategory,
      declaresFrom: 2020,
      notPublishedReason: o.notPublishedReason ?? null,
    })
    .returning({ id: declarants.id });
  const [person] = await db
    .insert(persons)
    .values({ pin, fullName: o.fullName, birthDate, declarantId: declarant!.id })
    .returning({ id: persons.id });
  return { declarantId: declarant!.id, personId: person!.id, pin, caller, userId };
}

export async function addPerson(db: Db, fullName: string, pin: string | null = null) {
  const [row] = await db
    .insert(persons)
    .values({ fullName, pin, birthDate: '1982-09-01' })
    .returning({ id: persons.id });
  return row!.id;
}

/**
 * The browser test's story: the official's spouse directs a company that won a contract from the
 * official's agency, and the finding that explains it.
 */
export async function spouseCompanyFinding(db: Db, official: Official, agencyId: string) {
  const spouseName = `Жубай ${++serial}`;
  const spouseId = await addPerson(db, spouseName);
  const [company] = await db
    .insert(legalEntities)
    .values({
      kind: 'company',
      name: `«Курулуш ${serial}» ЖЧК`,
      registrationNumber: String(10_000_000_000_000 + serial),
      source: 'test',
    })
    .returning({ id: legalEntities.id, name: legalEntities.name });
  const agencyEntity = await entityOfAgency(db, agencyId);
  const [family] = await db
    .insert(relations)
    .values({
      key: `test:family:${serial}`,
      kind: 'family',
      degree: 'spouse',
      fromPersonId: official.personId,
      toPersonId: spouseId,
      source: 'declaration',
      sourceRef: 'declaration 2024 v1',
    })
    .returning({ id: relations.id });
  const [director] = await db
    .insert(relations)
    .values({
      key: `test:director:${serial}`,
      kind: 'director',
      fromPersonId: spouseId,
      toOrganisationId: company!.id,
      source: 'registry',
      sourceRef: `record ${serial}`,
    })
    .returning({ id: relations.id });
  const [contract] = await db
    .insert(dealings)
    .values({
      kind: 'contract',
      organisationId: agencyEntity,
      counterpartyOrganisationId: company!.id,
      title: 'Имаратты оңдоо',
      amountTyiyn: 1_250_000_00,
      dealtOn: '2025-03-01',
      source: 'procurement',
      reference: `ocds-${serial}`,
    })
    .returning({ id: dealings.id });
  const [official_] = await db
    .select({ fullName: persons.fullName })
    .from(persons)
    .where(eq(persons.id, official.personId));
  const path: PathStep[] = [
    {
      from: { type: 'person', id: official.personId, name: official_!.fullName },
      to: { type: 'person', id: spouseId, name: spouseName },
      kind: 'family',
      degree: 'spouse',
      edgeId: family!.id,
      edge: 'relation',
      source: 'declaration',
      sourceRef: 'declaration 2024 v1',
    },
    {
      from: { type: 'person', id: spouseId, name: spouseName },
      to: { type: 'organisation', id: company!.id, name: company!.name },
      kind: 'director',
      edgeId: director!.id,
      edge: 'relation',
      source: 'registry',
      sourceRef: `record ${serial}`,
    },
    {
      from: { type: 'organisation', id: agencyEntity, name: 'Министрлик' },
      to: { type: 'organisation', id: company!.id, name: company!.name },
      kind: 'contract',
      edgeId: contract!.id,
      edge: 'dealing',
      source: 'procurement',
      sourceRef: `ocds-${serial}`,
      title: 'Имаратты оңдоо',
      amountTyiyn: 1_250_000_00,
      date: '2025-03-01',
    },
  ];
  const [finding] = await db
    .insert(conflictFindings)
    .values({
      key: `test:${randomUUID()}`,
      rule: 'agency_deals_with_related_party',
      severity: 'high',
      officialPersonId: official.personId,
      path,
    })
    .returning({ id: conflictFindings.id });
  return { findingId: finding!.id, spouseId, companyId: company!.id };
}
