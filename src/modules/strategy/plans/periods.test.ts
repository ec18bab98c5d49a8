import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/client.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';

let t: TestPlatform;
let coordinator: Caller;
let periodId: string;

beforeAll(async () => {
  t = await createTestPlatform();
  coordinator = await t.as(['coordinator']);
  const opened = await t.request(coordinator, 'POST', '/api/reporting-periods', {
    kind: 'half_year',
    year: 2025,
    number: 2,
    opensAt: '2026-01-01T00:00:00Z',
    closesAt: '2026-02-01T00:00:00Z',
  });
  periodId = opened.json().id;
});
afterAll(() => t.close());

const change = (caller: Caller | null, body: unknown, id = periodId) =>
  t.request(caller, 'PATCH', `/api/reporting-periods/${id}`, body);

describe('PATCH /api/reporting-periods/:id', () => {
  it('moves the window, opening it again, and audits the old and new dates', async () => {
    const res = await change(coordinator, { closesAt: '2099-03-01T00:00:00Z' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: periodId,
      kind: 'half_year',
      year: 2025,
      number: 2,
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2099-03-01T00:00:00.000Z',
      open: true,
    });
    const listed = (await t.request(null, 'GET', '/api/reporting-periods')).json().items;
    expect(listed.find((p: { id: string }) => p.id === periodId).open).toBe(true);
    const [audit] = await queryRows<{ action: string; details: unknown }>(
      t.database.db,
      sql`SELECT action, details FROM audit_log WHERE entity_id = ${periodId} AND action = 'period.window_changed'`,
    );
    expect(audit?.details).toMatchObject({
      before: { closesAt: '2026-02-01T00:00:00.000Z' },
      after: { opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2099-03-01T00:00:00.000Z' },
    });
  });

  it('refuses a window that closes before it opens, changing nothing', async () => {
    const backwards = await change(coordinator, {
      opensAt: '2099-04-01T00:00:00Z',
      closesAt: '2099-03-01T00:00:00Z',
    });
    expect(backwards.statusCode).toBe(400);
    // Also against the stored close when only the opening moves.
    expect((await change(coordinator, { opensAt: '2099-05-01T00:00:00Z' })).statusCode).toBe(400);
    expect(
      (await change(coordinator, { closesAt: '2026-01-01T00:00:00Z' })).json().error.code,
    ).toBe('validation_failed');
    const listed = (await t.request(null, 'GET', '/api/reporting-periods')).json().items;
    expect(listed.find((p: { id: string }) => p.id === periodId)).toMatchObject({
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2099-03-01T00:00:00.000Z',
    });
  });

  it('refuses an empty change, bad dates, other fields and an unknown period', async () => {
    expect((await change(coordinator, {})).statusCode).toBe(400);
    const garbage = await change(coordinator, { closesAt: 'next week' });
    expect(garbage.statusCode).toBe(400);
    expect(JSON.stringify(garbage.json().error.details)).toContain(
      'a date and time with its offset',
    );
    expect((await change(coordinator, { year: 2030 })).statusCode).toBe(400);
    expect(
      (
        await change(
          coordinator,
          { closesAt: '2099-03-01T00:00:00Z' },
          '00000000-0000-4000-8000-000000000000',
        )
      ).statusCode,
    ).toBe(404);
  });

  it('is for coordinators and admins only', async () => {
    const body = { closesAt: '2099-06-01T00:00:00Z' };
    expect((await change(null, body)).statusCode).toBe(401);
    expect((await change(await t.as(['officer']), body)).statusCode).toBe(403);
    expect((await change(await t.as(['verifier']), body)).statusCode).toBe(403);
    expect((await change(await t.as(['admin']), body)).statusCode).toBe(200);
  });
});
