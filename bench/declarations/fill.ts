// Child process of the declarations benchmark: migrates and seeds a fresh database, then fills it
// with N synthetic declarations (N/2 officials with families, each filing 2023 and 2024), the
// families' registry records and submitted versions stored as storeVersion stores them, a quarter
// of the officials with a risky 2024. Prints one JSON line. Usage: fill.ts <declarations> <target>
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  type Profile,
  type SyntheticPerson,
  syntheticDeclaration,
  syntheticPerson,
} from '../../src/modules/declarations/demo/generate.ts';
import { receiptOf } from '../../src/modules/declarations/filing/receipt.ts';
import { familyTotals } from '../../src/modules/declarations/filing/totals.ts';
import { convertToSom } from '../../src/modules/declarations/rates/convert.ts';
import { rateTable } from '../../src/modules/declarations/rates/load.ts';
import {
  type SyntheticRegistry,
  syntheticRegistryFor,
} from '../../src/modules/declarations/registry/demo-registry.ts';
import { assemble } from '../../src/platform/assemble.ts';
import { queryRows } from '../../src/platform/db/client.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { seededRandom } from '../../src/platform/demo-random.ts';
import { seedAll } from '../../src/platform/seed.ts';
import { type Columns, insertRows } from './rows.ts';
import { openTarget } from './target.ts';

const YEARS = [2023, 2024] as const;
const SEED = 100_2024;
/** Officials per transaction: 2,000 declarations. */
const CHUNK = 1000;
const CATEGORIES = ['political', 'special', 'administrative', 'municipal'] as const;

const DECLARANTS: Columns = [
  ['id', 'uuid'],
  ['pin', 'text'],
  ['full_name', 'text'],
  ['birth_date', 'date'],
  ['agency_id', 'uuid'],
  ['post', 'text'],
  ['post_category', 'text'],
  ['declares_from', 'integer'],
  ['synthetic', 'boolean'],
];
const DECLARATIONS: Columns = [
  ['id', 'uuid'],
  ['declarant_id', 'uuid'],
  ['year', 'integer'],
  ['agency_id', 'uuid'],
  ['post', 'text'],
  ['post_category', 'text'],
  ['status', 'text'],
  ['version', 'integer'],
  ['first_submitted_at', 'timestamptz'],
  ['last_submitted_at', 'timestamptz'],
  ['synthetic', 'boolean'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
];
const VERSIONS: Columns = [
  ['declaration_id', 'uuid'],
  ['version', 'integer'],
  ['kind', 'text'],
  ['content', 'jsonb'],
  ['income_tyiyn', 'bigint'],
  ['monetary_assets_tyiyn', 'bigint'],
  ['property_value_tyiyn', 'bigint'],
  ['receipt', 'char(64)'],
  ['submitted_at', 'timestamptz'],
];
const REAL_ESTATE: Columns = [
  ['record_id', 'text'],
  ['owner_pin', 'text'],
  ['kind', 'text'],
  ['area', 'double precision'],
  ['address', 'text'],
  ['share_percent', 'double precision'],
  ['acquired_on', 'date'],
  ['price_tyiyn', 'bigint'],
  ['price_currency', 'char(3)'],
  ['synthetic', 'boolean'],
];
const VEHICLES: Columns = [
  ['record_id', 'text'],
  ['owner_pin', 'text'],
  ['kind', 'text'],
  ['make', 'text'],
  ['model', 'text'],
  ['year_made', 'integer'],
  ['registration_number', 'text'],
  ['acquired_on', 'date'],
  ['synthetic', 'boolean'],
];
const COMPANY_ROLES: Columns = [
  ['record_id', 'text'],
  ['person_pin', 'text'],
  ['company_id', 'text'],
  ['company_name', 'text'],
  ['role', 'text'],
  ['share_percent', 'double precision'],
  ['since', 'date'],
  ['synthetic', 'boolean'],
];

const [declarationCount, location] = [Number(process.argv[2]), process.argv[3]!];
const started = performance.now();
const database = await openTarget(location);
const { db } = database;
await migrate(database);
// Reference data as every installation has it (agencies, filing years, official rates); no demo.
await seedAll(db, assemble().modules, { demo: false });
const agencyIds = (
  await queryRows<{ id: string }>(db, sql`SELECT id FROM agencies ORDER BY code`)
).map((a) => a.id);
const rates = await rateTable(db);

const r = seededRandom(SEED);
const people = Array.from({ length: declarationCount / YEARS.length }, (_, i) =>
  syntheticPerson(r, i + 1),
);
const pinsOf = (p: SyntheticPerson) => [
  p.pin,
  ...p.relatives.flatMap((x) => (x.pin ? [x.pin] : [])),
];
// One call for everyone, so registry record ids are unique across the whole fill.
const registry = syntheticRegistryFor(
  people.map((p) => ({ pin: p.pin, relatives: pinsOf(p).slice(1) })),
  SEED,
);
await db.transaction(async (tx) => {
  await insertRows(
    tx,
    'registry_real_estate',
    REAL_ESTATE,
    registry.realEstate.map((x) => ({
      record_id: x.recordId,
      owner_pin: x.ownerPin,
      kind: x.kind,
      area: x.area,
      address: x.address,
      share_percent: x.sharePercent,
      acquired_on: x.acquiredOn,
      price_tyiyn: x.priceTyiyn ?? null,
      price_currency: x.priceCurrency ?? null,
      synthetic: true,
    })),
  );
  await insertRows(
    tx,
    'registry_vehicles',
    VEHICLES,
    registry.vehicles.map((x) => ({
      record_id: x.recordId,
      owner_pin: x.ownerPin,
      kind: x.kind,
      make: x.make,
      model: x.model,
      year_made: x.yearMade,
      registration_number: x.registrationNumber,
      acquired_on: x.acquiredOn,
      synthetic: true,
    })),
  );
  await insertRows(
    tx,
    'registry_company_roles',
    COMPANY_ROLES,
    registry.companyRoles.map((x) => ({
      record_id: x.recordId,
      person_pin: x.personPin,
      company_id: x.companyId,
      company_name: x.companyName,
      role: x.role,
      share_percent: x.sharePercent ?? null,
      since: x.since,
      synthetic: true,
    })),
  );
});

// Each family's own records: the generator filters the registry it is given by owner.
const held = new Map<string, SyntheticRegistry>();
const of = (pin: string) => {
  let h = held.get(pin);
  if (!h) {
    h = { realEstate: [], vehicles: [], companyRoles: [] };
    held.set(pin, h);
  }
  return h;
};
for (const x of registry.realEstate) of(x.ownerPin).realEstate.push(x);
for (const x of registry.vehicles) of(x.ownerPin).vehicles.push(x);
for (const x of registry.companyRoles) of(x.personPin).companyRoles.push(x);
const familyRegistry = (p: SyntheticPerson): SyntheticRegistry => {
  const family = pinsOf(p).map((pin) => held.get(pin));
  return {
    realEstate: family.flatMap((h) => h?.realEstate ?? []),
    vehicles: family.flatMap((h) => h?.vehicles ?? []),
    companyRoles: family.flatMap((h) => h?.companyRoles ?? []),
  };
};

let fullySubmitted = 0;
for (let from = 0; from < people.length; from += CHUNK) {
  const declarants: object[] = [];
  const declarations: object[] = [];
  const versions: object[] = [];
  for (let i = from; i < Math.min(from + CHUNK, people.length); i++) {
    const person = people[i]!;
    const declarantId = randomUUID();
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const agencyId = agencyIds[i % agencyIds.length]!;
    const post = `Бенчмарк кызматы ${category} (синтетикалык)`;
    declarants.push({
      id: declarantId,
      pin: person.pin,
      full_name: person.fullName,
      birth_date: `${r.int(1962, 1988)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
      agency_id: agencyId,
      post,
      post_category: category,
      declares_from: YEARS[0],
      synthetic: true,
    });
    const profile: Profile = i % 4 === 1 ? 'risky' : 'clean';
    const family = familyRegistry(person);
    for (const year of YEARS) {
      const content = syntheticDeclaration(
        r,
        person,
        year,
        family,
        year === 2024 ? profile : 'clean',
      );
      const converted = convertToSom(content, year, rates);
      if (converted.problems.length > 0)
        throw new Error(`declaration ${i}/${year}: ${JSON.stringify(converted.problems)}`);
      const id = randomUUID();
      const late = i % 11 === 3;
      const submittedAt = new Date(
        `${year + 1}-${late ? '05' : '03'}-${String(r.int(1, 28)).padStart(2, '0')}T09:00:00Z`,
      );
      const totals = familyTotals(converted.content);
      declarations.push({
        id,
        declarant_id: declarantId,
        year,
        agency_id: agencyId,
        post,
        post_category: category,
        status: 'submitted',
        version: 1,
        first_submitted_at: submittedAt,
        last_submitted_at: submittedAt,
        synthetic: true,
        created_at: submittedAt,
        updated_at: submittedAt,
      });
      // The storage shape of storeVersion: version 1 is the annual declaration.
      versions.push({
        declaration_id: id,
        version: 1,
        kind: 'annual',
        content: converted.content,
        income_tyiyn: totals.income,
        monetary_assets_tyiyn: totals.monetaryAssets,
        property_value_tyiyn: totals.propertyValue,
        receipt: receiptOf(id, 1, submittedAt, converted.content),
        submitted_at: submittedAt,
      });
      fullySubmitted++;
    }
  }
  await db.transaction(async (tx) => {
    await insertRows(tx, 'declarants', DECLARANTS, declarants);
    await insertRows(tx, 'declarations', DECLARATIONS, declarations);
    await insertRows(tx, 'declaration_versions', VERSIONS, versions);
  });
  if (process.stderr.isTTY)
    process.stderr.write(`\rfilled ${fullySubmitted} of ${declarationCount} declarations`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
// PGlite has no autovacuum: without statistics the planner would not know the tables' sizes.
await db.execute(sql`ANALYZE`);
const [counts] = await queryRows<{ declarations: number; people: number; registry: number }>(
  db,
  sql`SELECT (SELECT count(*)::int FROM declarations WHERE version > 0) AS declarations,
             (SELECT count(*)::int FROM declarants) AS people,
             (SELECT count(*)::int FROM registry_real_estate) + (SELECT count(*)::int FROM registry_vehicles)
               + (SELECT count(*)::int FROM registry_company_roles) AS registry`,
);
await database.close();
process.stdout.write(
  `${JSON.stringify({ ...counts, fillSeconds: (performance.now() - started) / 1000 })}\n`,
);
