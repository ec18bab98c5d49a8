import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { ROLES } from '../../../platform/auth/roles.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { DEMO_BARRED_SUPPLIER_INN } from '../barred/demo-seed.ts';
import { barredEntities } from '../schema.ts';
import { BAR_KEEPERS } from './barred.ts';

let t: TestPlatform;
let prosecutor: Caller;
let admin: Caller;

beforeAll(async () => {
  t = await createTestPlatform({ demo: true });
  prosecutor = await t.as(['prosecutor']);
  admin = await t.as(['admin']);
}, 180_000);
afterAll(() => t.close());

const rows = async () => (await t.database.db.select({ n: count() }).from(barredEntities))[0]!.n;
const audits = async (action: string, id: string) =>
  (
    await t.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)))
  )[0]!.n;

const good = (over: Record<string, unknown> = {}) => ({
  name: '«Тест Курулуш» ЖЧК',
  identifier: '01207202110099',
  court: 'Бишкек шаарынын Ленин райондук соту',
  decisionNumber: 'УД-77/26',
  decisionDate: '2026-02-03',
  ground: 'Юридикалык жактын кызыкчылыгында пара берүү',
  restrictions: ['procurement', 'subsidies'],
  barredFrom: '2026-02-10',
  barredUntil: '2029-02-09',
  ...over,
});

type Problem = { where: string; path: string; message: string };
const paths = (body: { error: { details: Problem[] } }) =>
  body.error.details.map((d) => d.path).sort();

describe('the public register', () => {
  it('lists the demo entries for anyone, searches, filters and sorts', async () => {
    const all = await t.request(null, 'GET', '/api/barred-entities?pageSize=3&sort=name');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(3);
    expect(all.json().total).toBeGreaterThanOrEqual(6);
    const found = (await t.request(null, 'GET', '/api/barred-entities?q=курулуш')).json();
    expect(found.items.map((i: { identifier: string }) => i.identifier)).toEqual([
      DEMO_BARRED_SUPPLIER_INN,
    ]);
    expect(found.items[0]).toMatchObject({ synthetic: true, state: 'active' });
    const lifted = (await t.request(null, 'GET', '/api/barred-entities?state=lifted')).json();
    expect(lifted.items.map((i: { state: string }) => i.state)).toEqual(['lifted']);
    const loans = (
      await t.request(null, 'GET', '/api/barred-entities?restriction=state_loans&state=active')
    ).json();
    expect(loans.items.length).toBeGreaterThan(0);
    for (const i of loans.items) expect(i.restrictions).toContain('state_loans');
    expect((await t.request(null, 'GET', '/api/barred-entities?state=gone')).statusCode).toBe(400);
    expect((await t.request(null, 'GET', '/api/barred-entities?sort=ground')).statusCode).toBe(400);
  });

  it('shows one entry for anyone; an unknown or malformed id is 404 or 400', async () => {
    const [first] = (await t.request(null, 'GET', '/api/barred-entities?q=Энерго')).json().items;
    const detail = await t.request(null, 'GET', `/api/barred-entities/${first.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ state: 'lifted', history: [{}, { event: 'lifted' }] });
    const unknown = await t.request(
      null,
      'GET',
      '/api/barred-entities/00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.statusCode).toBe(404);
    expect((await t.request(null, 'GET', '/api/barred-entities/x')).statusCode).toBe(400);
  });

  it('answers the check for anyone: barred or not, with the bars', async () => {
    const yes = await t.request(
      null,
      'GET',
      `/api/barred-entities/check?identifier=KG-INN-${DEMO_BARRED_SUPPLIER_INN}&restriction=procurement`,
    );
    expect(yes.statusCode).toBe(200);
    expect(yes.json()).toMatchObject({
      identifier: DEMO_BARRED_SUPPLIER_INN,
      restriction: 'procurement',
      barred: true,
    });
    expect(yes.json().bars).toHaveLength(1);
    const otherRestriction = (
      await t.request(
        null,
        'GET',
        `/api/barred-entities/check?identifier=${DEMO_BARRED_SUPPLIER_INN}&restriction=subsidies`,
      )
    ).json();
    expect(otherRestriction.barred).toBe(false);
    const before = (
      await t.request(
        null,
        'GET',
        `/api/barred-entities/check?identifier=${DEMO_BARRED_SUPPLIER_INN}&date=2023-12-31`,
      )
    ).json();
    expect(before).toMatchObject({ barred: false, bars: [], at: '2023-12-30T18:00:00.000Z' });
    const firstDay = (
      await t.request(
        null,
        'GET',
        `/api/barred-entities/check?identifier=${DEMO_BARRED_SUPPLIER_INN}&date=2024-01-15`,
      )
    ).json();
    expect(firstDay.barred).toBe(true);
    const clean = (
      await t.request(null, 'GET', '/api/barred-entities/check?identifier=09999999999999')
    ).json();
    expect(clean).toMatchObject({ barred: false, bars: [], restriction: null });
    const bad = await t.request(null, 'GET', '/api/barred-entities/check?identifier=12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toContain('14 digits');
    const badDate = await t.request(
      null,
      'GET',
      `/api/barred-entities/check?identifier=${DEMO_BARRED_SUPPLIER_INN}&date=2024-13-40`,
    );
    expect(badDate.statusCode).toBe(400);
  });
});

describe('recording a bar', () => {
  it('is for the prosecutor and admins only: 401 anonymous, 403 every other role', async () => {
    const before = await rows();
    const anonymous = await t.request(null, 'POST', '/api/barred-entities', good());
    expect(anonymous.statusCode).toBe(401);
    for (const role of ROLES.filter((r) => !BAR_KEEPERS.includes(r))) {
      const caller = await t.as([role]);
      const res = await t.request(caller, 'POST', '/api/barred-entities', good());
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect(await rows()).toBe(before);
  });

  it('refuses bad input with a message per field and writes nothing', async () => {
    const before = await rows();
    const missing = await t.request(prosecutor, 'POST', '/api/barred-entities', {
      identifier: '123',
      restrictions: [],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_failed');
    expect(paths(missing.json())).toEqual([
      '/barredFrom',
      '/court',
      '/decisionDate',
      '/decisionNumber',
      '/ground',
      '/identifier',
      '/name',
      '/restrictions',
    ]);
    const identifier = missing.json().error.details.find((d: Problem) => d.path === '/identifier');
    expect(identifier.message).toBe('the INN of a legal entity is 14 digits');

    const blank = await t.request(
      prosecutor,
      'POST',
      '/api/barred-entities',
      good({ court: '  ' }),
    );
    expect(paths(blank.json())).toEqual(['/court']);

    const future = await t.request(
      prosecutor,
      'POST',
      '/api/barred-entities',
      good({ decisionDate: '2999-01-01', barredFrom: '2027-01-01', barredUntil: '2026-12-31' }),
    );
    expect(future.statusCode).toBe(400);
    expect(paths(future.json())).toEqual(['/barredUntil', '/decisionDate']);
    expect(
      future
        .json()
        .error.details.map((d: Problem) => d.message)
        .sort(),
    ).toEqual([
      'the decision date is in the future',
      'the last day of the bar is before its first day',
    ]);

    const unknownRestriction = await t.request(
      prosecutor,
      'POST',
      '/api/barred-entities',
      good({ restrictions: ['parking'] }),
    );
    expect(paths(unknownRestriction.json())).toEqual(['/restrictions/0']);
    const badDay = await t.request(
      prosecutor,
      'POST',
      '/api/barred-entities',
      good({ barredFrom: '2026-02-30' }),
    );
    expect(paths(badDay.json())).toEqual(['/barredFrom']);
    expect(await rows()).toBe(before);
  });

  it('records for the prosecutor and for an admin, audited; the same decision again is 409', async () => {
    const res = await t.request(prosecutor, 'POST', '/api/barred-entities', good());
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      identifier: '01207202110099',
      restrictions: ['procurement', 'subsidies'],
      state: 'active',
      synthetic: false,
    });
    expect(await audits('barred_entity.recorded', created.id)).toBe(1);
    const [row] = await t.database.db
      .select()
      .from(barredEntities)
      .where(eq(barredEntities.id, created.id));
    expect(row!.recordedBy).toBe(prosecutor.userId);

    const before = await rows();
    const again = await t.request(
      admin,
      'POST',
      '/api/barred-entities',
      good({ name: 'Башка ат', ground: 'башка' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'barred_entity_duplicate',
      details: { existingId: created.id },
    });
    expect(await rows()).toBe(before);
    const en = await t.request(admin, 'POST', '/api/barred-entities', good(), {
      'accept-language': 'en',
    });
    expect(en.json().error.message).toMatch(/already on the register/);

    const open = await t.request(
      admin,
      'POST',
      '/api/barred-entities',
      good({ decisionNumber: 'УД-78/26', barredUntil: null }),
    );
    expect(open.statusCode).toBe(201);
    expect(open.json().barredUntil).toBeNull();
  });
});

describe('lifting a bar', () => {
  it('is for the prosecutor and admins only; asks for a reason; lifts once, audited', async () => {
    const [entry] = (
      await t.request(null, 'GET', '/api/barred-entities?q=01207202110099&sort=decisionDate')
    ).json().items;
    const url = `/api/barred-entities/${entry.id}/lift`;
    expect((await t.request(null, 'POST', url, { reason: 'x' })).statusCode).toBe(401);
    for (const role of ROLES.filter((r) => !BAR_KEEPERS.includes(r))) {
      const res = await t.request(await t.as([role]), 'POST', url, { reason: 'x' });
      expect(res.statusCode, role).toBe(403);
    }
    const noReason = await t.request(prosecutor, 'POST', url, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(paths(noReason.json())).toEqual(['/reason']);
    expect(await audits('barred_entity.lifted', entry.id)).toBe(0);

    const lifted = await t.request(prosecutor, 'POST', url, {
      reason: 'Апелляциялык соттун чечими менен өкүм жокко чыгарылды',
    });
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json()).toMatchObject({
      state: 'lifted',
      liftedReason: 'Апелляциялык соттун чечими менен өкүм жокко чыгарылды',
    });
    expect(await audits('barred_entity.lifted', entry.id)).toBe(1);
    const check = (
      await t.request(null, 'GET', '/api/barred-entities/check?identifier=01207202110099')
    ).json();
    expect(check.bars.map((b: { id: string }) => b.id)).not.toContain(entry.id);

    const again = await t.request(admin, 'POST', url, { reason: 'дагы бир жолу' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('barred_entity_lifted');
    expect(await audits('barred_entity.lifted', entry.id)).toBe(1);
    const unknown = await t.request(
      admin,
      'POST',
      '/api/barred-entities/00000000-0000-4000-8000-000000000000/lift',
      { reason: 'x' },
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('the open dataset', () => {
  it('publishes every entry, lifted ones too, as CSV', async () => {
    const csv = await t.request(null, 'GET', '/api/opendata/barred-entities.csv');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toContain('identifier');
    expect(lines.length - 1).toBe(await rows());
    expect(csv.body).toContain(DEMO_BARRED_SUPPLIER_INN);
    expect(csv.body).toContain('procurement tenders auctions');
  });
});
