import { randomBytes, randomInt } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import {
  ACCOUNT_KINDS,
  CREDITOR_KINDS,
  DECLARANT,
  type DeclarationContent,
  INCOME_KINDS,
  REAL_ESTATE_KINDS,
  RELATIONS,
  type RegistryOrigin,
  SECURITY_KINDS,
  SPENDING_CATEGORIES,
  VEHICLE_KINDS,
} from '../content.ts';
import { convertToSom } from '../rates/convert.ts';
import { RateTable } from '../rates/table.ts';
import { isMinor, publicDeclaration } from './redact.ts';

/**
 * Proves that nothing private reaches the public: generated declarations carry a distinctive,
 * unguessable token in every private field, are filed through the real API, and then every
 * public endpoint and every open-data export is searched for those tokens. Declarations of posts
 * the law does not publish, and of persons on the non-publication list, must leave no trace at
 * all, not even the person's name.
 */

const YEAR = 2024;

// ---- Generated declarations ---------------------------------------------------------------

/** Random hex, never shrunk: a shrunk token ("0000") could match something by accident. */
const hex = fc.noShrink(fc.stringMatching(/^[0-9a-f]{8}$/));
/** A private value: the field it stands for (so a leak names it) and hex nobody could guess. */
const secret = (field: string) => hex.map((h) => `PRIV-${field}-${h}`);
const SECRET = /PRIV-[a-z]+-[0-9a-f]{8}/g;
/** A value that may be published, distinctive enough to find (or to miss) in the output. */
const named = (prefix: string) => hex.map((h) => `${prefix} ${h}`);

/** Dates already found in public output before any filing: a birth date must not be one. */
const datesAlreadyPublic = new Set<string>();
const DAY = 86_400_000;
const dayBetween = (from: string, to: string) =>
  fc
    .integer({ min: Date.parse(from) / DAY, max: Date.parse(to) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Birth dates are private: unusual ones, so that finding one in the output means a leak. */
const birthDate = (from: string, to: string) =>
  dayBetween(from, to).filter((d) => !datesAlreadyPublic.has(d));
/** Inside the official rates table (USD from 2021-07-03) and not in the future. */
const eventDate = dayBetween('2021-07-03', `${YEAR}-12-31`);

const pin = fc.noShrink(fc.stringMatching(/^[12]\d{13}$/));
const money = fc.record({
  amount: fc
    .integer({ min: 1, max: 2_000_000_000 })
    .map((t) => `${Math.floor(t / 100)}.${String(t % 100).padStart(2, '0')}`),
  currency: fc.constantFrom('KGS', 'USD'),
});
const country = fc.constantFrom('KG', 'KG', 'KZ', 'RU', 'DE');
const REGION_NAMES = ['Бишкек', 'Ош шаары', 'Чүй облусу', 'Иссык-Куль', 'Naryn', 'Talas', 'Село'];
const origin: fc.Arbitrary<RegistryOrigin> = fc.record({
  registry: fc.constantFrom('local' as const, 'tunduk' as const),
  recordId: secret('record'),
  confirmed: fc.boolean(),
  original: fc.record({
    address: secret('original'),
    registryId: secret('original'),
    area: fc.integer({ min: 1, max: 900 }),
    owner: fc.constant(null),
  }),
});

interface Relative {
  id: string;
  relation: (typeof RELATIONS)[number];
  fullName: string;
  pin: string;
  birthDate: string;
  refusedToProvide: boolean;
}

const relative: fc.Arbitrary<Relative> = fc
  .record({
    id: secret('relative'),
    relation: fc.constantFrom(...RELATIONS),
    minor: fc.boolean(),
    adultName: named('Relative'),
    minorName: secret('minor'),
    pin: pin,
    // Both sides of the 18-year boundary of the declaration year, and well away from it.
    adultBorn: fc.oneof(
      birthDate('1935-01-01', `${YEAR - 18}-12-31`),
      birthDate(`${YEAR - 18}-12-01`, `${YEAR - 18}-12-31`),
    ),
    minorBorn: fc.oneof(
      birthDate(`${YEAR - 17}-01-01`, `${YEAR}-12-31`),
      birthDate(`${YEAR - 17}-01-01`, `${YEAR - 17}-01-31`),
    ),
    refusedToProvide: fc.boolean(),
  })
  .map((r) => ({
    id: r.id,
    relation: r.relation,
    fullName: r.minor ? r.minorName : r.adultName,
    pin: r.pin,
    birthDate: r.minor ? r.minorBorn : r.adultBorn,
    refusedToProvide: r.refusedToProvide,
  }));

const few = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 2 });

/** Sections of a declaration whose owners are the declarant or one of the relatives. */
const sections = (owners: string[]) => {
  const owner = fc.constantFrom(...owners);
  return fc.record({
    incomes: few(
      fc
        .record({
          id: secret('income'),
          owner,
          kind: fc.constantFrom(...INCOME_KINDS),
          employer: fc.constantFrom('Министерство финансов', 'Социальный фонд'),
          payer: secret('payer'),
          amount: money,
        })
        // Employers and pension funds are published; any other payer may be a private person.
        .map(({ employer, payer, ...x }) => ({
          ...x,
          source: x.kind === 'salary' || x.kind === 'pension_benefits' ? employer : payer,
        })),
    ),
    realEstate: few(
      fc
        .record({
          id: secret('property'),
          owner,
          kind: fc.constantFrom(...REAL_ESTATE_KINDS),
          area: fc.integer({ min: 1, max: 100_000 }).map((a) => a / 10),
          region: fc.constantFrom(...REGION_NAMES),
          street: secret('address'),
          country,
          sharePercent: fc.integer({ min: 1, max: 1000 }).map((s) => s / 10),
          acquiredOn: eventDate,
          price: fc.option(money, { nil: null }),
          registryId: secret('cadastre'),
          origin: fc.option(origin, { nil: undefined }),
        })
        .map(({ region, street, origin, ...x }) => ({
          ...x,
          address: `${region}, ${street}, 12`,
          ...(origin ? { origin } : {}),
        })),
    ),
    vehicles: few(
      fc
        .record({
          id: secret('vehicle'),
          owner,
          kind: fc.constantFrom(...VEHICLE_KINDS),
          make: fc.constantFrom('Toyota', 'Lexus', 'Honda'),
          model: fc.constantFrom('Camry', 'RX 350', 'Fit'),
          yearMade: fc.integer({ min: 1990, max: YEAR }),
          registrationNumber: secret('plate'),
          country,
          acquiredOn: eventDate,
          price: fc.option(money, { nil: null }),
          registryId: secret('vehreg'),
          origin: fc.option(origin, { nil: undefined }),
        })
        .map(({ origin, ...x }) => ({ ...x, ...(origin ? { origin } : {}) })),
    ),
    accounts: few(
      fc
        .record({
          id: secret('account'),
          owner,
          kind: fc.constantFrom(...ACCOUNT_KINDS),
          bank: fc.constantFrom('Оптима Банк', 'Айыл Банк'),
          cashNote: secret('cashnote'),
          accountNumber: secret('accountno'),
          country,
          balance: money,
        })
        // Cash has no institution: whatever is typed there is not published.
        .map(({ bank, cashNote, ...x }) => ({
          ...x,
          institution: x.kind === 'cash' ? cashNote : bank,
        })),
    ),
    securities: few(
      fc
        .record({
          id: secret('security'),
          owner,
          kind: fc.constantFrom(...SECURITY_KINDS),
          issuer: fc.constantFrom('ОАО Кыргызтелеком', 'ОсОО Ак-Жол'),
          issuerId: secret('issuer'),
          sharePercent: fc.option(
            fc.integer({ min: 1, max: 1000 }).map((s) => s / 10),
            { nil: null },
          ),
          value: money,
          country,
          origin: fc.option(origin, { nil: undefined }),
        })
        .map(({ origin, ...x }) => ({ ...x, ...(origin ? { origin } : {}) })),
    ),
    liabilities: few(
      fc
        .record({
          id: secret('liability'),
          owner,
          creditorKind: fc.constantFrom(...CREDITOR_KINDS),
          lender: fc.constantFrom('Оптима Банк', 'МКК Бай-Түшүм'),
          person: secret('creditor'),
          outstanding: money,
          receivedInYear: money,
          receivedOn: eventDate,
        })
        .map(({ lender, person, ...x }) => ({
          ...x,
          creditor: x.creditorKind === 'individual' ? person : lender,
        })),
    ),
    loansGiven: few(
      fc.record({
        id: secret('loan'),
        owner,
        borrower: secret('borrower'),
        outstanding: money,
        givenOn: eventDate,
      }),
    ),
    spending: few(
      fc.record({
        id: secret('spending'),
        owner,
        category: fc.constantFrom(...SPENDING_CATEGORIES),
        description: secret('purchase'),
        amount: money,
        spentOn: eventDate,
      }),
    ),
    gifts: few(
      fc.record({
        id: secret('gift'),
        owner,
        description: secret('giftnote'),
        donor: secret('donor'),
        value: money,
        receivedOn: eventDate,
      }),
    ),
  });
};

/** A valid declaration for YEAR: it passes validation and converts at the official rates. */
const declarationContent: fc.Arbitrary<DeclarationContent> = fc
  .array(relative, { maxLength: 3 })
  .chain((relatives) =>
    sections([DECLARANT, ...relatives.map((r) => r.id)]).map((s) => ({ relatives, ...s })),
  );

/** Who files: published posts, posts the law does not publish, and the non-publication list. */
const filer = fc.record({
  visibility: fc.oneof(
    { arbitrary: fc.constantFrom('political' as const, 'special' as const), weight: 3 },
    {
      arbitrary: fc.constantFrom(
        'listed' as const,
        'administrative' as const,
        'municipal' as const,
      ),
      weight: 2,
    },
  ),
  listedCategory: fc.constantFrom('political', 'special'),
  listedBeforeFiling: fc.boolean(),
  /** Why the person is on the non-publication list: never shown publicly either. */
  listedReason: secret('reason'),
  name: named('Official'),
  post: named('Post'),
  birthDate: birthDate('1950-01-01', '1999-12-31'),
  content: declarationContent,
});
type Filer = typeof filer extends fc.Arbitrary<infer T> ? T : never;

/** Every private value of a declaration: tokens, relatives' PINs and birth dates. */
function privateValuesOf(content: DeclarationContent): string[] {
  return [
    ...(JSON.stringify(content).match(SECRET) ?? []),
    ...content.relatives.flatMap((r) => [r.pin ?? '', r.birthDate]).filter((v) => v !== ''),
  ];
}

const rates = new RateTable([{ currency: 'USD', date: '2021-01-01', rate: '87.45', nominal: 1 }]);
const submitted = (content: DeclarationContent) => {
  const converted = convertToSom(content, YEAR, rates);
  expect(converted.problems).toEqual([]);
  return converted.content;
};

// ---- The published form itself -------------------------------------------------------------

describe('the published form of a declaration', () => {
  it('treats a relative as a minor until the end of the year of the 18th birthday', () => {
    expect(isMinor('2006-12-31', 2024)).toBe(false);
    expect(isMinor('2006-01-01', 2024)).toBe(false);
    expect(isMinor('2007-01-01', 2024)).toBe(true);
    expect(isMinor('2024-06-01', 2024)).toBe(true);
    expect(isMinor('1960-05-05', 2024)).toBe(false);
    // Unknown or unreadable birth date: treated as a minor, the name stays private.
    expect(isMinor('', 2024)).toBe(true);
    expect(isMinor('not a date', 2024)).toBe(true);
  });

  it('holds no private value of any generated declaration, and no minor’s name', () => {
    fc.assert(
      fc.property(declarationContent, (content) => {
        const published = publicDeclaration(submitted(content), YEAR);
        const out = JSON.stringify(published);
        for (const value of privateValuesOf(content)) expect(out).not.toContain(value);
        content.relatives.forEach((r, i) => {
          const minor = isMinor(r.birthDate, YEAR);
          expect(published.relatives[i]).toEqual({
            relation: r.relation,
            fullName: minor ? null : r.fullName,
            minor,
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('publishes only allow-listed fields: a field added to the form later stays private', () => {
    fc.assert(
      fc.property(declarationContent, secret('newfield'), (content, extra) => {
        // Every item of every section, relatives included, gains fields the form never had.
        const withExtra = Object.fromEntries([
          ...Object.entries(submitted(content)).map(([section, items]) => [
            section,
            Array.isArray(items)
              ? items.map((item: object) => ({ ...item, nationalId: extra, note: { extra } }))
              : items,
          ]),
          ['passport', extra],
        ]) as ReturnType<typeof submitted>;
        const out = JSON.stringify(publicDeclaration(withExtra, YEAR));
        expect(out).not.toContain(extra);
        expect(out).not.toContain('nationalId');
      }),
      { numRuns: 50 },
    );
  });
});

// ---- Through the API -----------------------------------------------------------------------

let t: TestPlatform;
let admin: Caller;
let agencyIds: string[];

/** Every filing of every run, for the final sweep. */
const everFiled: Filed[] = [];

beforeAll(async () => {
  t = await createTestPlatform();
  admin = await t.as(['admin']);
  const agencies = await t.request(null, 'GET', '/api/agencies?pageSize=5');
  agencyIds = agencies.json().items.map((a: { id: string }) => a.id);
  for (const { body } of await publicBodies({ declarationIds: [], declarantIds: [] }, true)) {
    for (const d of body.match(/\d{4}-\d{2}-\d{2}/g) ?? []) datesAlreadyPublic.add(d);
  }
}, 120_000);
afterAll(() => t?.close());

function expectOk(res: { statusCode: number; body: string }, status: number, what: string) {
  expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
}

/** Every public GET route without parameters, found in the route table so new ones are covered. */
const parameterlessPublicRoutes = () =>
  t.app.routeTable
    .filter(
      (r) =>
        r.method === 'GET' &&
        r.access === 'anyone' &&
        r.url.startsWith('/api/') &&
        !/[:*]/.test(r.url),
    )
    .map((r) => r.url);

/**
 * The body of every public endpoint and export: the search (all pages, by name too), the
 * declarations and declarants given, each open-data dataset as CSV, JSON and datapackage, and
 * (everyRoute) every other public route.
 */
async function publicBodies(
  of: { declarationIds: string[]; declarantIds: string[]; names?: string[] },
  everyRoute: boolean,
) {
  const bodies: Array<{ url: string; status: number; body: string }> = [];
  const get = async (url: string) => {
    const res = await t.request(null, 'GET', url);
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
    bodies.push({ url, status: res.statusCode, body: res.body });
    return res;
  };
  if (everyRoute) for (const url of parameterlessPublicRoutes()) await get(url);
  for (const query of [
    '',
    `&year=${YEAR}&sort=-income`,
    ...(of.names ?? []).map((n) => `&q=${encodeURIComponent(n)}`),
  ]) {
    for (let page = 1; ; page++) {
      const res = await get(`/api/public/declarations?pageSize=10&page=${page}${query}`);
      const { total, pageSize } = res.json() as { total: number; pageSize: number };
      if (page * pageSize >= total) break;
    }
  }
  for (const id of of.declarationIds) await get(`/api/public/declarations/${id}`);
  for (const id of of.declarantIds) await get(`/api/public/declarants/${id}`);
  const catalog = await get('/api/opendata');
  const datasets = catalog.json().datasets as Array<{
    name: string;
    resources: Array<{ path: string }>;
    datapackage: string;
  }>;
  expect(datasets.map((d) => d.name)).toEqual(
    expect.arrayContaining(['declarations', 'declaration-property', 'declaration-check-results']),
  );
  for (const d of datasets) {
    for (const r of d.resources) await get(r.path);
    await get(d.datapackage);
  }
  return bodies;
}

interface Filed {
  filer: Filer;
  declarantId: string;
  declarationId: string;
  published: boolean;
  /** What must never be public, with where it came from. */
  forbidden: Map<string, string>;
}

/**
 * Shrinking files the same generated values again, possibly under another visibility: names are
 * made unique per filing, so that a name hidden in one attempt is not published in the next.
 */
function unique(f: Filer): Filer {
  const once = ` ${randomBytes(4).toString('hex')}`;
  return {
    ...f,
    name: f.name + once,
    post: f.post + once,
    content: {
      ...f.content,
      relatives: f.content.relatives.map((r) =>
        isMinor(r.birthDate, YEAR) ? r : { ...r, fullName: r.fullName + once },
      ),
    },
  };
}

/** Registers the person with an account, files the declaration and, if asked, lists them. */
async function file(generated: Filer): Promise<Filed> {
  const f = unique(generated);
  const caller = await t.as(['declarant']);
  const declarantPin = `${randomInt(1, 3)}${String(randomInt(0, 1e13)).padStart(13, '0')}`;
  const category = f.visibility === 'listed' ? f.listedCategory : f.visibility;
  const registered = await t.request(admin, 'POST', '/api/declarants', {
    pin: declarantPin,
    fullName: f.name,
    birthDate: f.birthDate,
    userId: caller.userId,
    agencyId: agencyIds[randomInt(0, agencyIds.length)],
    post: f.post,
    postCategory: category,
    declaresFrom: YEAR,
  });
  expectOk(registered, 201, 'register declarant');
  const declarantId = registered.json().id as string;
  const list = async () =>
    expectOk(
      await t.request(admin, 'PATCH', `/api/declarants/${declarantId}`, {
        notPublishedReason: f.listedReason,
      }),
      200,
      'non-publication list',
    );
  if (f.visibility === 'listed' && f.listedBeforeFiling) await list();
  const opened = await t.request(caller, 'POST', '/api/declarations', { year: YEAR });
  expectOk(opened, 201, 'open declaration');
  const declarationId = opened.json().id as string;
  const saved = await t.request(
    caller,
    'PUT',
    `/api/declarations/${declarationId}/draft`,
    f.content,
  );
  expectOk(saved, 200, 'save draft');
  expect(saved.json().problems, JSON.stringify(f.content)).toEqual([]);
  const filed = await t.request(caller, 'POST', `/api/declarations/${declarationId}/submit`);
  expectOk(filed, 200, 'submit');
  if (f.visibility === 'listed' && !f.listedBeforeFiling) await list();

  const forbidden = new Map<string, string>();
  for (const v of [declarantPin, f.birthDate, f.listedReason, ...privateValuesOf(f.content)]) {
    forbidden.set(v, `private value of ${f.name}`);
  }
  const published = f.visibility === 'political' || f.visibility === 'special';
  if (!published) {
    const adults = f.content.relatives.filter((r) => !isMinor(r.birthDate, YEAR));
    for (const v of [
      f.name,
      f.post,
      declarantId,
      declarationId,
      ...adults.map((r) => r.fullName),
    ]) {
      forbidden.set(v, `${f.visibility} declarant ${f.name}, not published`);
    }
  }
  return { filer: f, declarantId, declarationId, published, forbidden };
}

function leaksIn(bodies: Array<{ url: string; body: string }>, filed: Filed[]): string[] {
  const leaks: string[] = [];
  for (const { url, body } of bodies) {
    for (const x of filed) {
      for (const [value, what] of x.forbidden) {
        if (body.includes(value)) leaks.push(`${url} shows ${value} (${what})`);
      }
    }
  }
  return leaks;
}

describe('publication through the API', () => {
  it('no private field, and nothing of an unpublished person, reaches any public endpoint or export', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(filer, { minLength: 1, maxLength: 3 }), async (filers) => {
        const filed: Filed[] = [];
        for (const f of filers) filed.push(await file(f));
        // The other public routes (strategy, indicators, API description) are swept at the end.
        const bodies = await publicBodies(
          {
            declarationIds: filed.map((x) => x.declarationId),
            declarantIds: filed.map((x) => x.declarantId),
            names: filed.map((x) => x.filer.name),
          },
          false,
        );

        everFiled.push(...filed);
        expect(leaksIn(bodies, filed)).toEqual([]);

        // The search is not vacuous: what is published is there, the rest answers 404.
        const seen = (url: string) => bodies.find((b) => b.url === url)!;
        const everyPage = bodies
          .filter((b) => /^\/api\/public\/declarations\?pageSize=10&page=\d+$/.test(b.url))
          .map((b) => b.body)
          .join('\n');
        const csv = seen('/api/opendata/declarations.csv').body;
        for (const x of filed) {
          const detail = seen(`/api/public/declarations/${x.declarationId}`);
          const history = seen(`/api/public/declarants/${x.declarantId}`);
          const byName = seen(
            `/api/public/declarations?pageSize=10&page=1&q=${encodeURIComponent(x.filer.name)}`,
          );
          if (x.published) {
            expect(detail.status).toBe(200);
            expect(history.status).toBe(200);
            expect(everyPage).toContain(x.declarationId);
            expect(csv).toContain(x.declarationId);
            expect(JSON.parse(byName.body).total).toBe(1);
            for (const r of x.filer.content.relatives) {
              if (!isMinor(r.birthDate, YEAR)) expect(detail.body).toContain(r.fullName);
            }
          } else {
            expect(detail.status).toBe(404);
            expect(history.status).toBe(404);
            expect(JSON.parse(byName.body).total).toBe(0);
          }
        }
      }),
      { numRuns: 25 },
    );
    // Each run looked for its own filings' values (so that shrinking finds the culprit); at the
    // end, nothing of any filing may show anywhere, whoever filed after it.
    const all = await publicBodies(
      {
        declarationIds: everFiled.map((x) => x.declarationId),
        declarantIds: everFiled.map((x) => x.declarantId),
      },
      true,
    );
    expect(leaksIn(all, everFiled)).toEqual([]);
  }, 180_000);
});
