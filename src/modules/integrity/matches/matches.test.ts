import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { addOfficial, addPerson, agencyByCode, pinFor } from '../cases/test-fixtures.ts';
import { personMatches, persons, relations } from '../schema.ts';

let t: TestPlatform;
let verifier: Caller;
let officialPerson: string;
let officialPin: string;
let duplicate: string;
let stranger: string;
let toConfirm: string;
let toReject: string;

beforeAll(async () => {
  t = await createTestPlatform();
  const db = t.database.db;
  verifier = await t.as(['verifier']);
  const minfin = await agencyByCode(db, 'ministry-of-finance');
  const official = await addOfficial(t, {
    fullName: 'Асанова Айгүл Бакытовна',
    agencyId: minfin,
    post: 'Адис',
    postCategory: 'administrative',
    account: false,
  });
  officialPerson = official.personId;
  officialPin = official.pin;
  duplicate = await addPerson(db, 'Asanova Aigul');
  stranger = await addPerson(db, 'Асанов Бакыт', pinFor('1979-01-01', 1));
  const company = await addPerson(db, 'Садыков Нурлан');
  await db.insert(relations).values({
    key: 'test:friend',
    kind: 'friendship',
    fromPersonId: duplicate,
    toPersonId: company,
    source: 'registry',
    sourceRef: 'r1',
  });
  const reasons = [
    { code: 'transliteration', weight: 0.4, detail: 'Асанова ~ Asanova' },
    { code: 'patronymic', weight: -0.05, detail: 'missing' },
  ];
  const [a, b] = await db
    .insert(personMatches)
    .values([
      { personId: officialPerson, candidateId: duplicate, score: 0.82, reasons },
      { personId: officialPerson, candidateId: stranger, score: 0.61, reasons },
    ])
    .returning({ id: personMatches.id });
  toConfirm = a!.id;
  toReject = b!.id;
}, 120_000);
afterAll(() => t.close());

describe('person matches', () => {
  it('lists pending matches, most likely first, with both persons but never a PIN', async () => {
    const res = await t.request(verifier, 'GET', '/api/person-matches');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items.map((m: { id: string }) => m.id)).toEqual([toConfirm, toReject]);
    expect(page.items[0].person).toMatchObject({
      id: officialPerson,
      pinKnown: true,
      official: true,
    });
    expect(page.items[0].candidate).toMatchObject({
      id: duplicate,
      pinKnown: false,
      sources: ['registry'],
    });
    expect(page.items[0].reasons[0].code).toBe('transliteration');
    expect(res.body).not.toContain(officialPin);
    expect(res.body).not.toMatch(/"pin"/);
  });

  it('rejects once; a second decision is refused (409)', async () => {
    const res = await t.request(verifier, 'POST', `/api/person-matches/${toReject}/decision`, {
      decision: 'reject',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ state: 'rejected', merged: null });
    const again = await t.request(verifier, 'POST', `/api/person-matches/${toReject}/decision`, {
      decision: 'confirm',
    });
    expect(again.statusCode).toBe(409);
    const [kept] = await t.database.db.select().from(persons).where(eq(persons.id, stranger));
    expect(kept!.mergedInto).toBeNull();
  });

  it('confirming merges the duplicate into the official, with its relations, audited', async () => {
    const res = await t.request(verifier, 'POST', `/api/person-matches/${toConfirm}/decision`, {
      decision: 'confirm',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().merged).toEqual({ survivorId: officialPerson, duplicateId: duplicate });
    const db = t.database.db;
    const [dup] = await db.select().from(persons).where(eq(persons.id, duplicate));
    expect(dup!.mergedInto).toBe(officialPerson);
    const [edge] = await db.select().from(relations).where(eq(relations.key, 'test:friend'));
    expect(edge!.fromPersonId).toBe(officialPerson);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person_match.confirmed'), eq(auditLog.entityId, toConfirm)));
    expect(audit).toHaveLength(1);
    const pending = (await t.request(verifier, 'GET', '/api/person-matches')).json();
    expect(pending.total).toBe(0);
    const confirmed = (
      await t.request(verifier, 'GET', '/api/person-matches?state=confirmed')
    ).json();
    expect(confirmed.items[0].candidate.mergedInto).toBe(officialPerson);
  });

  it('two officials are never merged: the refusal leaves the match pending and nothing changed', async () => {
    const db = t.database.db;
    const minjust = await agencyByCode(db, 'ministry-of-justice');
    const one = await addOfficial(t, {
      fullName: 'Сыдыков Эрлан',
      agencyId: minjust,
      post: 'Адис',
      postCategory: 'administrative',
      account: false,
    });
    const two = await addOfficial(t, {
      fullName: 'Sydykov Erlan',
      agencyId: minjust,
      post: 'Адис',
      postCategory: 'administrative',
      account: false,
    });
    const [match] = await db
      .insert(personMatches)
      .values({ personId: one.personId, candidateId: two.personId, score: 0.7, reasons: [] })
      .returning({ id: personMatches.id });
    const res = await t.request(verifier, 'POST', `/api/person-matches/${match!.id}/decision`, {
      decision: 'confirm',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('merge_refused');
    const [still] = await db.select().from(personMatches).where(eq(personMatches.id, match!.id));
    expect(still).toMatchObject({ state: 'pending', decidedAt: null });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, match!.id));
    expect(audit).toHaveLength(0);
  });

  it('refuses a bad decision and an unknown match', async () => {
    expect(
      (
        await t.request(verifier, 'POST', `/api/person-matches/${toConfirm}/decision`, {
          decision: 'maybe',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.request(
          verifier,
          'POST',
          '/api/person-matches/00000000-0000-4000-8000-000000000009/decision',
          { decision: 'reject' },
        )
      ).statusCode,
    ).toBe(404);
  });
});
