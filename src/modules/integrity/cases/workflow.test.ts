import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { notifications } from '../../../platform/notifications/schema.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { conflictCases, conflictFindings, conflictNotifications } from '../schema.ts';
import {
  addOfficial,
  addPerson,
  agencyByCode,
  type Official,
  spouseCompanyFinding,
} from './test-fixtures.ts';

let t: TestPlatform;
let verifier: Caller;
let prosecutor: Caller;
let ownHead: Caller;
let otherHead: Caller;
let notRegistered: Caller;
let minfin: string;
let official: Official;
let colleague: Official;
let story: Awaited<ReturnType<typeof spouseCompanyFinding>>;
let caseId: string;
let notificationId: string;

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type Item = { id: string };

beforeAll(async () => {
  t = await createTestPlatform();
  const db = t.database.db;
  minfin = await agencyByCode(db, 'ministry-of-finance');
  const minjust = await agencyByCode(db, 'ministry-of-justice');
  verifier = await t.as(['verifier']);
  prosecutor = await t.as(['prosecutor']);
  await t.createUser(['agency_head'], { username: 'head-minfin', agencyId: minfin });
  await t.createUser(['agency_head'], { username: 'head-minjust', agencyId: minjust });
  ownHead = await t.login('head-minfin');
  otherHead = await t.login('head-minjust');
  notRegistered = await t.as(['declarant']);
  official = await addOfficial(t, {
    fullName: 'Асанова Айгүл Бакытовна',
    agencyId: minfin,
    post: 'Министрдин орун басары',
    postCategory: 'political',
  });
  colleague = await addOfficial(t, {
    fullName: 'Токтогулов Марат',
    agencyId: minfin,
    post: 'Башкы адис',
    postCategory: 'administrative',
  });
  story = await spouseCompanyFinding(db, official, minfin);
}, 120_000);
afterAll(() => t.close());

const published = async (query = '') =>
  (await t.request(null, 'GET', `/api/published-conflict-notifications${query}`)).json() as Page<
    Item & Record<string, unknown>
  >;

describe('the browser-test story at the API level', () => {
  it('a verifier opens a case from the finding; the finding moves into it; the official is told', async () => {
    const res = await t.request(verifier, 'POST', '/api/conflict-cases', {
      findingId: story.findingId,
      summary: 'Жубайы жетектеген компания министрликтен келишим алган.',
    });
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json().id;
    const db = t.database.db;
    const [finding] = await db
      .select()
      .from(conflictFindings)
      .where(eq(conflictFindings.id, story.findingId));
    expect(finding).toMatchObject({ state: 'in_case', caseId });
    const [kase] = await db.select().from(conflictCases).where(eq(conflictCases.id, caseId));
    expect(kase).toMatchObject({ origin: 'finding', agencyId: minfin, state: 'open' });
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, official.userId!),
          eq(notifications.kind, 'conflict_case.opened'),
        ),
      );
    expect(told).toHaveLength(1);
  });

  it('refuses a second case on the same finding (409)', async () => {
    const res = await t.request(verifier, 'POST', '/api/conflict-cases', {
      findingId: story.findingId,
      summary: 'again',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('finding_in_case');
  });

  it('the official sees the case as their own, the timeline without staff names', async () => {
    const mine = (await t.request(official.caller!, 'GET', '/api/my-conflict-cases')).json();
    expect(mine.items.map((c: Item) => c.id)).toEqual([caseId]);
    const res = await t.request(official.caller!, 'GET', `/api/conflict-cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail.findings[0].path.map((s: { kind: string }) => s.kind)).toEqual([
      'family',
      'director',
      'contract',
    ]);
    expect(detail.timeline[0]).toMatchObject({ action: 'conflict_case.opened', actorName: null });
  });

  it('the official files a notification on the case; the own head is told', async () => {
    const res = await t.request(official.caller!, 'POST', '/api/conflict-notifications', {
      caseId,
      description: 'Жубайым жетектеген компания министрлик менен келишим түзгөн.',
      relatedParty: '«Курулуш» ЖЧК, жубайы — директор',
    });
    expect(res.statusCode, res.body).toBe(201);
    notificationId = res.json().id;
    const [row] = await t.database.db
      .select()
      .from(conflictNotifications)
      .where(eq(conflictNotifications.id, notificationId));
    expect(row).toMatchObject({
      post: 'Министрдин орун басары',
      postCategory: 'political',
      agencyId: minfin,
      state: 'filed',
      caseId,
    });
    const mine = (
      await t.request(official.caller!, 'GET', '/api/conflict-notifications/mine')
    ).json();
    expect(mine.items[0]).toMatchObject({ id: notificationId, published: true, state: 'filed' });
    expect(mine.declarant.post).toBe('Министрдин орун басары');
    const heads = await t.database.db
      .select({ n: count() })
      .from(notifications)
      .where(eq(notifications.kind, 'conflict_notification.filed'));
    expect(heads[0]!.n).toBe(1);
  });

  it('the head of another agency sees neither the notification nor the case', async () => {
    const queue = (
      await t.request(otherHead, 'GET', '/api/conflict-notifications/to-decide')
    ).json() as Page<Item>;
    expect(queue.items.map((n) => n.id)).not.toContain(notificationId);
    expect((await t.request(otherHead, 'GET', `/api/conflict-cases/${caseId}`)).statusCode).toBe(
      404,
    );
    const cases = (await t.request(otherHead, 'GET', '/api/conflict-cases')).json() as Page<Item>;
    expect(cases.total).toBe(0);
    const decide = await t.request(
      otherHead,
      'POST',
      `/api/conflict-notifications/${notificationId}/decision`,
      { measure: 'recusal' },
    );
    expect(decide.statusCode).toBe(404);
  });

  it('closing as resolved before a measure is decided is refused, and changes nothing', async () => {
    const res = await t.request(verifier, 'POST', `/api/conflict-cases/${caseId}/close`, {
      outcome: 'resolved',
      note: 'Чара көрүлдү.',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('measure_not_decided');
    const [kase] = await t.database.db
      .select()
      .from(conflictCases)
      .where(eq(conflictCases.id, caseId));
    expect(kase).toMatchObject({ state: 'open', outcome: null, closedAt: null });
  });

  it('the own head sees it, refuses "other" without a text, orders recusal, once', async () => {
    const queue = (
      await t.request(ownHead, 'GET', '/api/conflict-notifications/to-decide?state=filed')
    ).json() as Page<Item & { declarant: { fullName: string } }>;
    expect(queue.items.map((n) => n.id)).toContain(notificationId);
    const cases = (await t.request(ownHead, 'GET', '/api/conflict-cases')).json() as Page<Item>;
    expect(cases.items.map((c) => c.id)).toEqual([caseId]);

    const vague = await t.request(
      ownHead,
      'POST',
      `/api/conflict-notifications/${notificationId}/decision`,
      { measure: 'other' },
    );
    expect(vague.statusCode).toBe(400);
    expect(vague.json().error.details[0].path).toBe('/measureText');

    const res = await t.request(
      ownHead,
      'POST',
      `/api/conflict-notifications/${notificationId}/decision`,
      { measure: 'recusal', measureText: 'Келишимдер боюнча чечимдерге катышпайт.' },
    );
    expect(res.statusCode, res.body).toBe(204);
    const again = await t.request(
      ownHead,
      'POST',
      `/api/conflict-notifications/${notificationId}/decision`,
      { measure: 'transfer' },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('transition_refused');
    const [kase] = await t.database.db
      .select()
      .from(conflictCases)
      .where(eq(conflictCases.id, caseId));
    expect(kase!.state).toBe('measure_ordered');
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, official.userId!),
          eq(notifications.kind, 'conflict_notification.decided'),
        ),
      );
    expect(told).toHaveLength(1);
  });

  it('refuses a liability outcome without the liability, then closes resolved, once', async () => {
    const noLiability = await t.request(verifier, 'POST', `/api/conflict-cases/${caseId}/close`, {
      outcome: 'liability',
      note: 'x',
    });
    expect(noLiability.statusCode).toBe(400);
    expect(noLiability.json().error.details[0].path).toBe('/liability');
    const noNote = await t.request(verifier, 'POST', `/api/conflict-cases/${caseId}/close`, {
      outcome: 'resolved',
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.details[0].path).toBe('/note');

    const res = await t.request(verifier, 'POST', `/api/conflict-cases/${caseId}/close`, {
      outcome: 'resolved',
      note: 'Өз ара кызыкчылык четтетилди: кызмат адамы чечимдерден четтетилди.',
    });
    expect(res.statusCode, res.body).toBe(204);
    const again = await t.request(verifier, 'POST', `/api/conflict-cases/${caseId}/close`, {
      outcome: 'unfounded',
      note: 'x',
    });
    expect(again.statusCode).toBe(409);
    const detail = (await t.request(verifier, 'GET', `/api/conflict-cases/${caseId}`)).json();
    expect(detail).toMatchObject({ state: 'closed', outcome: 'resolved', liability: 'none' });
    expect(detail.notifications[0]).toMatchObject({ state: 'decided', measure: 'recusal' });
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual([
      'conflict_case.opened',
      'conflict_notification.filed',
      'conflict_notification.decided',
      'conflict_case.measure_ordered',
      'conflict_case.closed',
    ]);
    expect(detail.timeline[0].actorName).toBeTruthy();
  });

  it('the public list shows the notification with its measure and no personal identifiers', async () => {
    const list = await published();
    const item = list.items.find((n) => n.id === notificationId);
    expect(item).toMatchObject({
      fullName: 'Асанова Айгүл Бакытовна',
      post: 'Министрдин орун басары',
      state: 'decided',
      measure: 'recusal',
    });
    expect(Object.keys(item!).sort()).toEqual(
      [
        'agency',
        'decidedAt',
        'description',
        'filedAt',
        'fullName',
        'id',
        'measure',
        'measureText',
        'post',
        'relatedParty',
        'state',
        'synthetic',
      ].sort(),
    );
    const body = JSON.stringify(list);
    expect(body).not.toContain(official.pin);
    expect(body).not.toContain('1980-04-12');
    expect((await published('?search=Асанова')).total).toBe(1);
    expect((await published('?search=Жок')).total).toBe(0);
    const year = new Date().getUTCFullYear();
    expect((await published(`?year=${year}`)).total).toBe(1);
    expect((await published(`?year=${year - 3}`)).total).toBe(0);
  });

  it('an administrative post’s notification, and a protected declarant’s, are not published', async () => {
    const filed = await t.request(colleague.caller!, 'POST', '/api/conflict-notifications', {
      description: 'Иниси менен бир бөлүмдө иштейт.',
      relatedParty: 'Иниси',
    });
    expect(filed.statusCode).toBe(201);
    const protectedOne = await addOfficial(t, {
      fullName: 'Корголгон Адам',
      agencyId: minfin,
      post: 'Төрага',
      postCategory: 'special',
      notPublishedReason: 'state protection',
    });
    const hidden = await t.request(protectedOne.caller!, 'POST', '/api/conflict-notifications', {
      description: 'Кызыкчылык',
      relatedParty: 'Тууганы',
    });
    expect(hidden.statusCode).toBe(201);
    const ids = (await published('?pageSize=200')).items.map((n) => n.id);
    expect(ids).toContain(notificationId);
    expect(ids).not.toContain(filed.json().id);
    expect(ids).not.toContain(hidden.json().id);
    const mine = (
      await t.request(protectedOne.caller!, 'GET', '/api/conflict-notifications/mine')
    ).json();
    expect(mine.items[0].published).toBe(false);
    // The head still decides on them.
    const queue = (
      await t.request(ownHead, 'GET', '/api/conflict-notifications/to-decide?state=filed')
    ).json() as Page<Item>;
    expect(queue.items.map((n) => n.id)).toEqual(
      expect.arrayContaining([filed.json().id, hidden.json().id]),
    );
  });
});

describe('ownership, scoping and bad input', () => {
  it('an account with the declarant role but no register entry gets clear answers, not 403', async () => {
    const file = await t.request(notRegistered, 'POST', '/api/conflict-notifications', {
      description: 'x',
      relatedParty: 'y',
    });
    expect(file.statusCode).toBe(409);
    expect(file.json().error.code).toBe('not_a_declarant');
    const mine = (await t.request(notRegistered, 'GET', '/api/conflict-notifications/mine')).json();
    expect(mine).toMatchObject({ items: [], total: 0, declarant: null });
    const cases = (await t.request(notRegistered, 'GET', '/api/my-conflict-cases')).json();
    expect(cases.total).toBe(0);
    expect(
      (await t.request(notRegistered, 'GET', `/api/conflict-cases/${caseId}`)).statusCode,
    ).toBe(404);
  });

  it('another official cannot read the case nor file on it; a closed case takes no notification', async () => {
    expect(
      (await t.request(colleague.caller!, 'GET', `/api/conflict-cases/${caseId}`)).statusCode,
    ).toBe(404);
    const onOthers = await t.request(colleague.caller!, 'POST', '/api/conflict-notifications', {
      caseId,
      description: 'x',
      relatedParty: 'y',
    });
    expect(onOthers.statusCode).toBe(404);
    const onClosed = await t.request(official.caller!, 'POST', '/api/conflict-notifications', {
      caseId,
      description: 'x',
      relatedParty: 'y',
    });
    expect(onClosed.statusCode).toBe(400);
    expect(onClosed.json().error.details).toMatchObject({ field: 'caseId', reason: 'case_closed' });
  });

  it('bad bodies answer 400 with the field, and write nothing', async () => {
    const db = t.database.db;
    const before = await db.select({ n: count() }).from(conflictNotifications);
    const empty = await t.request(official.caller!, 'POST', '/api/conflict-notifications', {});
    expect(empty.statusCode).toBe(400);
    const paths = empty.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/description', '/relatedParty']));
    const badCase = await t.request(official.caller!, 'POST', '/api/conflict-notifications', {
      caseId: 'not-a-uuid',
      description: 'x',
      relatedParty: 'y',
    });
    expect(badCase.statusCode).toBe(400);
    const badMeasure = await t.request(
      ownHead,
      'POST',
      `/api/conflict-notifications/${notificationId}/decision`,
      { measure: 'fine' },
    );
    expect(badMeasure.statusCode).toBe(400);
    const both = await t.request(verifier, 'POST', '/api/conflict-cases', {
      findingId: story.findingId,
      officialPersonId: official.personId,
      summary: 'x',
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details[0].path).toBe('/findingId');
    const noSummary = await t.request(verifier, 'POST', '/api/conflict-cases', {
      officialPersonId: official.personId,
    });
    expect(noSummary.statusCode).toBe(400);
    const after = await db.select({ n: count() }).from(conflictNotifications);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('opens a case about an official directly; refuses unknown people and non-officials', async () => {
    const db = t.database.db;
    const cases = async () => (await db.select({ n: count() }).from(conflictCases))[0]!.n;
    const before = await cases();
    const unknown = await t.request(verifier, 'POST', '/api/conflict-cases', {
      officialPersonId: '00000000-0000-4000-8000-000000000001',
      summary: 'x',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('invalid_reference');
    const outsider = await addPerson(db, 'Бөтөн Адам');
    const notOfficial = await t.request(verifier, 'POST', '/api/conflict-cases', {
      officialPersonId: outsider,
      summary: 'x',
    });
    expect(notOfficial.statusCode).toBe(400);
    expect(notOfficial.json().error.code).toBe('not_an_official');
    expect(await cases()).toBe(before);

    const manual = await t.request(verifier, 'POST', '/api/conflict-cases', {
      officialPersonId: colleague.personId,
      summary: 'Иниси түз баш ийүүсүндө иштейт.',
    });
    expect(manual.statusCode).toBe(201);
    const detail = (
      await t.request(prosecutor, 'GET', `/api/conflict-cases/${manual.json().id}`)
    ).json();
    expect(detail).toMatchObject({ origin: 'manual', state: 'open', findings: [] });
  });

  it('closing as unfounded dismisses the findings; liability needs the liability imposed', async () => {
    const second = await spouseCompanyFinding(t.database.db, official, minfin);
    const opened = await t.request(verifier, 'POST', '/api/conflict-cases', {
      findingId: second.findingId,
      summary: 'Экинчи келишим.',
    });
    const id = opened.json().id;
    const wrong = await t.request(verifier, 'POST', `/api/conflict-cases/${id}/close`, {
      outcome: 'unfounded',
      liability: 'reprimand',
      note: 'x',
    });
    expect(wrong.statusCode).toBe(400);
    const res = await t.request(verifier, 'POST', `/api/conflict-cases/${id}/close`, {
      outcome: 'unfounded',
      note: 'Келишим кызмат адамы дайындалганга чейин түзүлгөн.',
    });
    expect(res.statusCode).toBe(204);
    const [finding] = await t.database.db
      .select()
      .from(conflictFindings)
      .where(eq(conflictFindings.id, second.findingId));
    expect(finding).toMatchObject({ state: 'dismissed', caseId: id });

    const third = await spouseCompanyFinding(t.database.db, official, minfin);
    const liable = (
      await t.request(verifier, 'POST', '/api/conflict-cases', {
        findingId: third.findingId,
        summary: 'Үчүнчү келишим.',
      })
    ).json().id;
    const closed = await t.request(verifier, 'POST', `/api/conflict-cases/${liable}/close`, {
      outcome: 'liability',
      liability: 'reprimand',
      note: 'Кабарлабаганы үчүн сөгүш.',
    });
    expect(closed.statusCode).toBe(204);
    const list = (
      await t.request(verifier, 'GET', '/api/conflict-cases?state=closed&sort=-opened')
    ).json() as Page<Item & { outcome: string; liability: string }>;
    expect(list.items[0]).toMatchObject({
      id: liable,
      outcome: 'liability',
      liability: 'reprimand',
    });
  });

  it('lists and reads for verifiers and the prosecutor, and audits their reads of a case', async () => {
    const list = (
      await t.request(prosecutor, 'GET', '/api/conflict-cases?search=Асанова')
    ).json() as Page<Item>;
    expect(list.items.map((c) => c.id)).toContain(caseId);
    expect((await t.request(prosecutor, 'GET', `/api/conflict-cases/${caseId}`)).statusCode).toBe(
      200,
    );
    const viewed = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'conflict_case.viewed'),
          eq(auditLog.entityId, caseId),
          inArray(auditLog.actorId, [prosecutor.userId, verifier.userId]),
        ),
      );
    expect(viewed.length).toBeGreaterThanOrEqual(2);
    const closed = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'conflict_case.closed'), eq(auditLog.entityId, caseId)));
    expect(closed[0]!.details).toMatchObject({ outcome: 'resolved', liability: 'none' });
  });
});
