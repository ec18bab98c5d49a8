import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/client.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { scanForAttention } from './attention.ts';

let t: TestPlatform;
let officer: Caller;
let coordinator: Caller;
let overdueMeasure = '';

const text = (s: string) => ({ ky: `${s} ky`, ru: `${s} ru`, en: s });

beforeAll(async () => {
  t = await createTestPlatform();
  const [agency] = await queryRows<{ id: string }>(
    t.database.db,
    sql`SELECT id FROM agencies WHERE code = 'ministry-of-finance'`,
  );
  await t.createUser(['officer'], { username: 'minfin-officer', agencyId: agency!.id });
  officer = await t.login('minfin-officer');
  coordinator = await t.as(['coordinator']);
  const plan = await t.request(officer, 'POST', '/api/plans', {
    agencyId: agency!.id,
    kind: 'departmental',
    title: text('Plan'),
    yearFrom: 2021,
    yearTo: 2024,
  });
  const overdue = await t.request(officer, 'POST', `/api/plans/${plan.json().id}/measures`, {
    title: text('Audit of tenders'),
    deadline: '2023-12-31',
    responsibleUserId: officer.userId,
  });
  overdueMeasure = overdue.json().id;
  const waiting = await t.request(officer, 'POST', `/api/plans/${plan.json().id}/measures`, {
    title: text('Training'),
    deadline: '2099-12-31',
  });
  const period = await t.request(coordinator, 'POST', '/api/reporting-periods', {
    kind: 'year',
    year: 2025,
    number: 1,
    opensAt: '2025-01-01T00:00:00Z',
    closesAt: '2099-01-01T00:00:00Z',
  });
  const report = await t.request(officer, 'POST', `/api/measures/${waiting.json().id}/reports`, {
    periodId: period.json().id,
    executionStatus: 'in_progress',
    narrative: { ru: 'Идёт' },
  });
  await t.request(officer, 'POST', `/api/reports/${report.json().id}/actions`, {
    action: 'submit',
  });
});
afterAll(() => t.close());

describe('measures that need attention', () => {
  it('tell the responsible officer of an overdue measure, once', async () => {
    const first = await scanForAttention(t.database.db);
    expect(first).toMatchObject({ overdueMeasures: 1, waitingReports: 0, notified: 1 });
    expect(await scanForAttention(t.database.db)).toMatchObject({ notified: 0 });
    const mine = (
      await t.request(officer, 'GET', '/api/notifications', undefined, { 'accept-language': 'ru' })
    ).json();
    expect(mine).toMatchObject({ total: 1, unread: 1 });
    expect(mine.items[0]).toMatchObject({
      kind: 'measure.overdue',
      title: { ru: 'Просрочено мероприятие (срок 2023-12-31): «Audit of tenders ru»' },
      link: `/work/measures/${overdueMeasure}`,
    });
  });

  it('tell the coordinators of a report left waiting for verification', async () => {
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await scanForAttention(t.database.db, later)).toMatchObject({ waitingReports: 1 });
    const theirs = (await t.request(coordinator, 'GET', '/api/notifications?unread=true')).json();
    expect(theirs.items.map((n: { kind: string }) => n.kind)).toEqual([
      'report.awaiting_verification',
    ]);
  });

  it('are marked read only by the person they are for', async () => {
    const [n] = (await t.request(officer, 'GET', '/api/notifications')).json().items;
    expect(
      (await t.request(coordinator, 'POST', `/api/notifications/${n.id}/read`)).statusCode,
    ).toBe(404);
    expect((await t.request(officer, 'POST', `/api/notifications/${n.id}/read`)).statusCode).toBe(
      204,
    );
    expect((await t.request(officer, 'GET', '/api/notifications')).json().unread).toBe(0);
    expect((await t.request(coordinator, 'POST', '/api/notifications/read-all')).statusCode).toBe(
      204,
    );
    expect((await t.request(coordinator, 'GET', '/api/notifications')).json().unread).toBe(0);
    expect((await t.request(null, 'GET', '/api/notifications')).statusCode).toBe(401);
  });
});
