import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { Db } from '../../platform/db/client.ts';
import { type SeededRandom, seededRandom } from '../../platform/demo-random.ts';
import { agencies } from '../../platform/reference/schema.ts';
import { declarants, registryCompanyRoles } from '../declarations/schema.ts';
import { detectAll } from './findings/store.ts';
import { entityOfAgency, syncAgencies } from './graph/entities.ts';
import { resolvePersons } from './graph/resolve.ts';
import { syncAllDeclarants, syncDeclarant, syncInterestDeclaration } from './graph/sync.ts';
import { interestReceipt } from './interests/receipt.ts';
import { transliterate } from './names/variants.ts';
import {
  conflictCases,
  conflictFindings,
  conflictNotifications,
  dealings,
  interestDeclarations,
  legalEntities,
  persons,
  relations,
} from './schema.ts';

const SEED = 5_2025;

/** Invented state organisations for the register until the official list is loaded (README: import). */
const DEMO_STATE_ORGANISATIONS: ReadonlyArray<{
  name: string;
  register: string;
  statePercent: number | null;
  parent: string;
}> = [
  {
    name: '«Ысык-Көл жолдору» МИ (демо)',
    register: 'state_enterprise',
    statePercent: 100,
    parent: 'ministry-of-transport-and-roads',
  },
  {
    name: '«Борбордук дарыкана» МИ (демо)',
    register: 'state_enterprise',
    statePercent: 100,
    parent: 'ministry-of-health',
  },
  {
    name: '«Ош шаар суу каналы» МП (демо)',
    register: 'municipal_enterprise',
    statePercent: 100,
    parent: 'osh-city-hall',
  },
  {
    name: '«Бишкек жылуулук тармагы» МП (демо)',
    register: 'municipal_enterprise',
    statePercent: 100,
    parent: 'bishkek-city-hall',
  },
  {
    name: '«Ала-Тоо энергия» ААК (демо)',
    register: 'state_share_company',
    statePercent: 80.5,
    parent: 'ministry-of-finance',
  },
  {
    name: '«Кыргыз азык-түлүк» ААК (демо)',
    register: 'state_share_company',
    statePercent: 51,
    parent: 'ministry-of-economy',
  },
  {
    name: '«Тоо-кен ишеним» ЖЧК (демо)',
    register: 'state_property_trustee',
    statePercent: null,
    parent: 'ministry-of-finance',
  },
];

/**
 * The synthetic demo of the relations graph: the declarants of the declarations demo with their
 * relatives and registry company roles, invented state organisations, contracts and funding
 * from state bodies to the demo companies, and the story the browser test walks through: the
 * demo declarant's spouse directs a company that won a contract from the declarant's ministry.
 * Everything is marked synthetic.
 */
export async function seedIntegrityDemo(db: Db): Promise<string[]> {
  const [held] = await db.select({ n: count() }).from(dealings).where(eq(dealings.synthetic, true));
  if ((held?.n ?? 0) > 0) return [];
  const [demoDeclarant] = await db
    .select({ id: declarants.id, agencyId: declarants.agencyId })
    .from(declarants)
    .innerJoin(users, eq(users.id, declarants.userId))
    .where(eq(users.username, 'declarant'));
  if (!demoDeclarant) return [];
  const r = seededRandom(SEED);
  await syncAgencies(db);
  const agencyRows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies);
  const agencyId = (code: string) => agencyRows.find((a) => a.code === code)?.id;

  for (const [i, org] of DEMO_STATE_ORGANISATIONS.entries()) {
    const parentAgency = agencyId(org.parent);
    await db
      .insert(legalEntities)
      .values({
        kind: 'state_organisation',
        register: org.register,
        name: org.name,
        registrationNumber: `SYN-SO-${String(i + 1).padStart(3, '0')}`,
        parentId: parentAgency ? await entityOfAgency(db, parentAgency) : null,
        statePercent: org.statePercent,
        source:
          'Demo data (synthetic): the official list is loaded with `akniet import state-organisations`',
        synthetic: true,
      })
      .onConflictDoNothing();
  }

  // The story: the spouse of the demo declarant directs a company (a registry record).
  await syncDeclarant(db, demoDeclarant.id);
  const [spouse] = await db
    .select({ pin: persons.pin })
    .from(relations)
    .innerJoin(persons, eq(persons.id, relations.toPersonId))
    .where(eq(relations.key, `declaration:${demoDeclarant.id}:spouse`));
  if (spouse?.pin) {
    await db
      .insert(registryCompanyRoles)
      .values({
        recordId: 'SYN-LE-STORY-1',
        personPin: spouse.pin,
        companyId: 'SYN-01203201910042',
        companyName: '«Ак-Суу Курулуш» ЖЧК (демо)',
        role: 'director',
        sharePercent: null,
        since: '2019-10-04',
        synthetic: true,
      })
      .onConflictDoNothing();
  }
  await syncAllDeclarants(db);

  await plantRelativeUnderOfficial(db, demoDeclarant.id);
  await fileDemoInterestDeclaration(db, demoDeclarant.id, r);
  await resolvePersons(db);

  const companies = await db
    .select({ id: legalEntities.id, registrationNumber: legalEntities.registrationNumber })
    .from(legalEntities)
    .where(eq(legalEntities.kind, 'company'))
    .orderBy(legalEntities.registrationNumber);
  const buyers = await db
    .select({ id: legalEntities.id, agencyId: legalEntities.agencyId })
    .from(legalEntities)
    .where(eq(legalEntities.kind, 'state_body'))
    .orderBy(legalEntities.name);
  const financeEntity = await entityOfAgency(db, demoDeclarant.agencyId);
  const storyCompany = companies.find((c) => c.registrationNumber === 'SYN-01203201910042');
  const rows: (typeof dealings.$inferInsert)[] = [];
  if (storyCompany) {
    rows.push({
      kind: 'contract',
      organisationId: financeEntity,
      counterpartyOrganisationId: storyCompany.id,
      title: 'Министрликтин имаратын оңдоо (демо)',
      amountTyiyn: 1_245_000_000,
      dealtOn: '2025-03-14',
      source: 'procurement',
      reference: 'ocds-h7i0z4-SYN-2025-0001',
      synthetic: true,
    });
  }
  const titles = [
    'Кеңсе буюмдарын сатып алуу (демо)',
    'Компьютердик техника (демо)',
    'Жолду оңдоо (демо)',
    'Тамак-аш менен камсыздоо (демо)',
    'Күзөт кызматы (демо)',
  ];
  for (let i = 0; i < 60 && companies.length > 0 && buyers.length > 0; i++) {
    const funding = i % 10 === 9;
    rows.push({
      kind: funding ? 'funding' : 'contract',
      organisationId: r.pick(buyers).id,
      counterpartyOrganisationId: r.pick(companies).id,
      title: funding ? 'Мамлекеттик субсидия (демо)' : r.pick(titles),
      amountTyiyn: r.int(50_000, 20_000_000) * 100,
      dealtOn: `${r.pick([2023, 2024, 2025])}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      source: funding ? 'budget' : 'procurement',
      reference: `${funding ? 'SYN-SUBSIDY' : 'ocds-h7i0z4-SYN'}-${String(i + 2).padStart(4, '0')}`,
      synthetic: true,
    });
  }
  await db.insert(dealings).values(rows).onConflictDoNothing();

  const result = await detectAll(db, new Date('2025-06-01T00:00:00Z'));
  const demoCases = await seedDemoCases(db, demoDeclarant.id);
  return [
    `conflicts demo: ${DEMO_STATE_ORGANISATIONS.length} synthetic state organisations, ${rows.length} contracts and funding, ${result.found} potential conflicts found for ${result.officials} officials, ${demoCases} cases`,
  ];
}

/**
 * Nepotism for the demo: the child of another synthetic official works in that official's body,
 * directly under them (a personnel order entered by hand, with its evidence).
 */
async function plantRelativeUnderOfficial(db: Db, demoDeclarantId: string): Promise<void> {
  const [pair] = await db
    .select({
      officialId: relations.fromPersonId,
      childId: relations.toPersonId,
      agencyId: declarants.agencyId,
    })
    .from(relations)
    .innerJoin(persons, eq(persons.id, relations.fromPersonId))
    .innerJoin(declarants, eq(declarants.id, persons.declarantId))
    .where(
      and(
        eq(relations.kind, 'family'),
        eq(relations.degree, 'child'),
        ne(declarants.id, demoDeclarantId),
      ),
    )
    .orderBy(declarants.fullName)
    .limit(1);
  if (!pair?.officialId || !pair.childId) return;
  const agencyEntity = await entityOfAgency(db, pair.agencyId);
  await db
    .insert(relations)
    .values([
      {
        key: 'manual:demo-nepotism:employment',
        kind: 'employment',
        role: 'Башкы адис (демо)',
        fromPersonId: pair.childId,
        toOrganisationId: agencyEntity,
        validFrom: '2024-02-01',
        source: 'manual',
        sourceRef: 'Кадр буйругу № 17-к, 2024-01-30 (демо)',
        evidence: 'Кадр буйругунун көчүрмөсү (демо)',
        synthetic: true,
      },
      {
        key: 'manual:demo-nepotism:subordination',
        kind: 'subordination',
        fromPersonId: pair.childId,
        toPersonId: pair.officialId,
        validFrom: '2024-02-01',
        source: 'manual',
        sourceRef: 'Түзүмдүк бөлүмдүн штаттык тизмеси (демо)',
        evidence: 'Штаттык тизме (демо)',
        synthetic: true,
      },
    ])
    .onConflictDoNothing();
}

/**
 * A private-interest declaration of another synthetic official, filed on a transfer, that names
 * the spouse in Latin letters, given name first, with no PIN or birth date: the name matcher proposes that this is
 * the spouse of the asset declaration, and a verifier has to confirm it.
 */
async function fileDemoInterestDeclaration(db: Db, demoDeclarantId: string, r: SeededRandom) {
  const [row] = await db
    .select({
      declarantId: declarants.id,
      agencyId: declarants.agencyId,
      post: declarants.post,
      spouseName: persons.fullName,
    })
    .from(relations)
    .innerJoin(persons, eq(persons.id, relations.toPersonId))
    .innerJoin(
      declarants,
      eq(sql`${relations.key}`, sql`'declaration:' || ${declarants.id} || ':spouse'`),
    )
    .where(and(eq(relations.degree, 'spouse'), ne(declarants.id, demoDeclarantId)))
    .orderBy(declarants.fullName)
    .limit(1);
  if (!row) return;
  const [surname, given] = row.spouseName.split(' ');
  const latin = `${transliterate(given ?? '', 'icao', true, r)} ${transliterate(surname ?? '', 'icao', true, r)}`;
  const content = {
    relatives: [{ id: 'r1', degree: 'spouse' as const, fullName: latin }],
    companies: [
      {
        id: 'c1',
        holder: 'r1',
        companyName: '«Нарын Агро» ЖЧК (демо)',
        role: 'founder' as const,
        sharePercent: 50,
        since: '2021-04-12',
      },
    ],
    paidActivities: [
      {
        id: 'p1',
        organisation: 'Кыргыз улуттук университети (демо)',
        activity: 'Сабак берүү (демо)',
      },
    ],
    associations: [],
  };
  const filedAt = new Date('2025-02-03T09:00:00Z');
  const id = randomUUID();
  await db.insert(interestDeclarations).values({
    id,
    declarantId: row.declarantId,
    agencyId: row.agencyId,
    occasion: 'transfer',
    post: row.post,
    effectiveOn: '2025-02-01',
    content,
    receipt: interestReceipt(id, filedAt, {
      occasion: 'transfer',
      post: row.post,
      effectiveOn: '2025-02-01',
      content,
    }),
    filedAt,
    synthetic: true,
  });
  await syncInterestDeclaration(db, id);
}

/**
 * A few cases of other synthetic officials already worked through, so the lists and the public
 * notifications are not empty: one resolved by recusal (published), one closed with liability.
 */
async function seedDemoCases(db: Db, demoDeclarantId: string): Promise<number> {
  const findings = await db
    .select({
      id: conflictFindings.id,
      official: conflictFindings.officialPersonId,
      declarantId: persons.declarantId,
      agencyId: declarants.agencyId,
      post: declarants.post,
      postCategory: declarants.postCategory,
      notPublished: declarants.notPublishedReason,
    })
    .from(conflictFindings)
    .innerJoin(persons, eq(persons.id, conflictFindings.officialPersonId))
    .innerJoin(declarants, eq(declarants.id, persons.declarantId))
    .where(
      and(
        eq(conflictFindings.state, 'open'),
        inArray(declarants.postCategory, ['political', 'special']),
      ),
    )
    .orderBy(conflictFindings.key);
  const others = findings.filter((f) => f.declarantId !== demoDeclarantId && !f.notPublished);
  const picked = [others[0], others.find((f) => f.official !== others[0]?.official)].filter(
    (f): f is NonNullable<typeof f> => f !== undefined,
  );
  for (const [k, f] of picked.entries()) {
    const opened = new Date(`2025-0${k + 6}-10T09:00:00Z`);
    const closed = new Date(`2025-0${k + 7}-20T09:00:00Z`);
    const [created] = await db
      .insert(conflictCases)
      .values({
        officialPersonId: f.official,
        agencyId: f.agencyId,
        origin: 'finding',
        summary: 'Жакын туугандын компаниясы менен келишим (демо)',
        state: 'closed',
        openedAt: opened,
        outcome: k === 0 ? 'resolved' : 'liability',
        liability: k === 0 ? 'none' : 'reprimand',
        closingNote:
          k === 0
            ? 'Кызмат адамы келишим боюнча чечимдерден четтетилди (демо).'
            : 'Кызыкчылыктардын кагылышуусу жөнүндө өз убагында билдирген эмес; сөгүш берилди (демо).',
        closedAt: closed,
        synthetic: true,
      })
      .returning({ id: conflictCases.id });
    await db
      .update(conflictFindings)
      .set({ state: 'in_case', caseId: created!.id })
      .where(eq(conflictFindings.id, f.id));
    await db.insert(conflictNotifications).values({
      declarantId: f.declarantId!,
      agencyId: f.agencyId,
      caseId: created!.id,
      post: f.post,
      postCategory: f.postCategory,
      description: 'Жубайым жетектеген компания мекеменин сатып алуусуна катышат (демо).',
      relatedParty: 'Жубайы жетектеген компания (демо)',
      filedAt: new Date(opened.getTime() + 3 * 86400_000),
      state: 'decided',
      measure: k === 0 ? 'recusal' : 'other',
      measureText:
        k === 0
          ? 'Сатып алуу комиссиясынын курамынан чыгарылсын (демо).'
          : 'Келишимди кайра кароо жана тартиптик текшерүү (демо).',
      decidedAt: new Date(opened.getTime() + 6 * 86400_000),
      synthetic: true,
    });
  }
  return picked.length;
}
