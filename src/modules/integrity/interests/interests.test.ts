import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { addOfficial, agencyByCode, type Official, pinFor } from '../cases/test-fixtures.ts';
import { interestDeclarations, relations } from '../schema.ts';
import type { InterestDeclarationContent } from './content.ts';
import { interestReceipt } from './receipt.ts';

let t: TestPlatform;
let verifier: Caller;
let prosecutor: Caller;
let official: Official;
let other: Official;
let filedId: string;

const spousePin = pinFor('1983-02-20', 1);

const content: InterestDeclarationContent = {
  relatives: [
    {
      id: 'r1',
      degree: 'spouse',
      fullName: 'Асанов Бакыт',
      pin: spousePin,
      birthDate: '1983-02-20',
    },
    { id: 'r2', degree: 'child', fullName: 'Асанова Айдай', birthDate: '2010-06-01' },
  ],
  companies: [
    {
      id: 'c1',
      holder: 'r1',
      companyName: '«Ак-Суу Курулуш» ЖЧК',
      registrationNumber: '01234567890123',
      role: 'director',
      since: '2019-05-01',
    },
    {
      id: 'c2',
      holder: 'declarant',
      companyName: '«Китеп» ЖЧК',
      role: 'founder',
      sharePercent: 20,
    },
  ],
  paidActivities: [{ id: 'p1', organisation: 'КРСУ', activity: 'окутуу' }],
  associations: [{ id: 'a1', kind: 'friendship', name: 'Садыков Нурлан' }],
};

const body = (over: Partial<{ content: unknown; effectiveOn: string }> = {}) => ({
  occasion: 'appointment',
  post: 'Министрдин орун басары',
  effectiveOn: '2025-01-15',
  content,
  ...over,
});

beforeAll(async () => {
  t = await createTestPlatform();
  const minfin = await agencyByCode(t.database.db, 'ministry-of-finance');
  verifier = await t.as(['verifier']);
  prosecutor = await t.as(['prosecutor']);
  official = await addOfficial(t, {
    fullName: 'Асанова Айгүл',
    agencyId: minfin,
    post: 'Министрдин орун басары',
    postCategory: 'political',
  });
  other = await addOfficial(t, {
    fullName: 'Бөтөн Кызматкер',
    agencyId: minfin,
    post: 'Адис',
    postCategory: 'administrative',
  });
}, 120_000);
afterAll(() => t.close());

const stored = async () =>
  (await t.database.db.select({ n: count() }).from(interestDeclarations))[0]!.n;

describe('private-interest declarations', () => {
  it('files one with a receipt over its content; its items enter the graph', async () => {
    const res = await t.request(official.caller!, 'POST', '/api/interest-declarations', body());
    expect(res.statusCode, res.body).toBe(201);
    const filed = res.json();
    filedId = filed.id;
    expect(filed.receipt).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await t.database.db
      .select()
      .from(interestDeclarations)
      .where(eq(interestDeclarations.id, filedId));
    expect(
      interestReceipt(filedId, row!.filedAt, {
        occasion: row!.occasion,
        post: row!.post,
        effectiveOn: row!.effectiveOn,
        content: row!.content,
      }),
    ).toBe(filed.receipt);
    const edges = await t.database.db
      .select()
      .from(relations)
      .where(eq(relations.source, 'interest_declaration'));
    expect(edges.map((e) => e.kind).sort()).toEqual(
      ['director', 'family', 'family', 'founder', 'friendship'].sort(),
    );
  });

  it('names every problem with its path and stores nothing', async () => {
    const before = await stored();
    const bad = {
      ...content,
      relatives: [
        ...content.relatives,
        { id: 'r1', degree: 'sibling', fullName: 'Кайталанган' },
        { id: 'declarant', degree: 'other', fullName: 'Өзү' },
        { id: 'r4', degree: 'parent', fullName: 'Өзүнүн ПИНи', pin: official.pin },
        { id: 'r5', degree: 'parent', fullName: 'Келечек', birthDate: '2999-01-01' },
      ],
      companies: [{ ...content.companies[0]!, holder: 'nobody' }],
    };
    const res = await t.request(
      official.caller!,
      'POST',
      '/api/interest-declarations',
      body({ content: bad, effectiveOn: '2999-01-01' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('interest_declaration_invalid');
    const reasons = res
      .json()
      .error.details.problems.map(
        (p: { path: unknown[]; reason: string }) => `${p.path.join('.')}:${p.reason}`,
      );
    expect(reasons).toEqual(
      expect.arrayContaining([
        'effectiveOn:date_future',
        'content.relatives.2.id:id_duplicate',
        'content.relatives.3.id:id_reserved',
        'content.relatives.4.pin:pin_is_declarant',
        'content.relatives.5.birthDate:date_future',
        'content.companies.0.holder:holder_unknown',
      ]),
    );
    expect(await stored()).toBe(before);
  });

  it('refuses a malformed body with field messages (400)', async () => {
    const res = await t.request(official.caller!, 'POST', '/api/interest-declarations', {
      occasion: 'promotion',
      post: '',
      effectiveOn: '15.01.2025',
      content: { relatives: [{ id: 'x', degree: 'spouse', fullName: 'A', pin: '123' }] },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/occasion', '/post', '/effectiveOn', '/content/relatives/0/pin']),
    );
  });

  it('an account without a register entry gets 409 not_a_declarant and an empty list', async () => {
    const stranger = await t.as(['declarant']);
    const res = await t.request(stranger, 'POST', '/api/interest-declarations', body());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('not_a_declarant');
    const mine = (await t.request(stranger, 'GET', '/api/interest-declarations/mine')).json();
    expect(mine).toMatchObject({ items: [], total: 0, declarant: null });
  });

  it('the declarant lists and reads their own; another declarant gets 404', async () => {
    const mine = (
      await t.request(official.caller!, 'GET', '/api/interest-declarations/mine')
    ).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].counts).toEqual({
      relatives: 2,
      companies: 2,
      paidActivities: 1,
      associations: 1,
    });
    const own = await t.request(official.caller!, 'GET', `/api/interest-declarations/${filedId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().content.relatives[0].pin).toBe(spousePin);
    expect(
      (await t.request(other.caller!, 'GET', `/api/interest-declarations/${filedId}`)).statusCode,
    ).toBe(404);
  });

  it('verifiers list and read, the prosecutor reads; both reads are audited', async () => {
    const list = await t.request(verifier, 'GET', '/api/interest-declarations?search=Асанова');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1);
    expect(
      (await t.request(prosecutor, 'GET', `/api/interest-declarations/${filedId}`)).statusCode,
    ).toBe(200);
    const db = t.database.db;
    const listed = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'interest_declarations.listed'),
          eq(auditLog.actorId, verifier.userId),
        ),
      );
    expect(listed).toHaveLength(1);
    const viewed = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'interest_declaration.viewed'), eq(auditLog.entityId, filedId)),
      );
    expect(viewed.map((v) => v.actorId)).toEqual([prosecutor.userId]);
  });
});
