import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/client.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';

let t: TestPlatform;
let minjustOfficer: Caller;
let minfinOfficer: Caller;
let coordinator: Caller;
let minjust: string;
let minfin: string;
let minjustMeasure: string;
const reports: Record<string, string> = {};

const text = (s: string) => ({ ky: `${s} (ky)`, ru: `${s} (ru)`, en: s });
const agencyId = async (code: string) =>
  (
    await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM agencies WHERE code = ${code}`,
    )
  )[0]!.id;

type Listed = {
  id: string;
  state: string;
  measure: { id: string; title: { en: string } };
  agency: { id: string };
  period: { kind: string; year: number; number: number };
};

/** A plan with one measure and one report on it, for the agency of this officer. */
async function reportFor(officer: Caller, agency: string, name: string, periodId: string) {
  const plan = await t.request(officer, 'POST', '/api/plans', {
    agencyId: agency,
    kind: 'departmental',
    title: text(`${name} plan`),
    yearFrom: 2024,
    yearTo: 2024,
  });
  const measure = await t.request(officer, 'POST', `/api/plans/${plan.json().id}/measures`, {
    title: text(name),
    deadline: '2024-12-31',
  });
  const report = await t.request(officer, 'POST', `/api/measures/${measure.json().id}/reports`, {
    periodId,
    executionStatus: 'done',
    narrative: { ky: `${name} аткарылды` },
  });
  expect(report.statusCode).toBe(201);
  return { measureId: measure.json().id as string, reportId: report.json().id as string };
}

beforeAll(async () => {
  t = await createTestPlatform();
  minjust = await agencyId('ministry-of-justice');
  minfin = await agencyId('ministry-of-finance');
  await t.createUser(['officer'], { username: 'queue-minjust', agencyId: minjust });
  await t.createUser(['officer'], { username: 'queue-minfin', agencyId: minfin });
  minjustOfficer = await t.login('queue-minjust');
  minfinOfficer = await t.login('queue-minfin');
  coordinator = await t.as(['coordinator']);
  const period = await t.request(coordinator, 'POST', '/api/reporting-periods', {
    kind: 'year',
    year: 2024,
    number: 1,
    opensAt: '2025-01-01T00:00:00Z',
    closesAt: '2099-01-01T00:00:00Z',
  });
  const periodId = period.json().id;
  const a = await reportFor(minjustOfficer, minjust, 'Justice first', periodId);
  const b = await reportFor(minjustOfficer, minjust, 'Justice second', periodId);
  const c = await reportFor(minfinOfficer, minfin, 'Finance', periodId);
  minjustMeasure = a.measureId;
  reports.justiceFirst = a.reportId;
  reports.justiceSecond = b.reportId;
  reports.finance = c.reportId;
  // Submitted in this order: the Finance report has waited longest.
  for (const [caller, id] of [
    [minfinOfficer, c.reportId],
    [minjustOfficer, b.reportId],
  ] as const) {
    await t.request(caller, 'POST', `/api/reports/${id}/actions`, { action: 'submit' });
  }
});
afterAll(() => t.close());

describe('GET /api/reports', () => {
  it('gives coordinators the review queue of every agency, the longest waiting first', async () => {
    const res = await t.request(coordinator, 'GET', '/api/reports?state=submitted');
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: Listed[]; total: number; page: number; pageSize: number };
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(page.items.map((r) => r.id)).toEqual([reports.finance, reports.justiceSecond]);
    expect(page.items[0]).toMatchObject({
      state: 'submitted',
      measure: { title: { en: 'Finance' } },
      agency: { id: minfin },
      period: { kind: 'year', year: 2024, number: 1 },
    });
  });

  it('filters by agency and pages', async () => {
    const all = (await t.request(coordinator, 'GET', `/api/reports?agencyId=${minjust}`)).json();
    expect(all.total).toBe(2);
    expect(all.items.every((r: Listed) => r.agency.id === minjust)).toBe(true);
    const second = (
      await t.request(coordinator, 'GET', `/api/reports?agencyId=${minjust}&page=2&pageSize=1`)
    ).json();
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(all.items[0].id);
    const drafts = (
      await t.request(coordinator, 'GET', `/api/reports?state=draft&agencyId=${minjust}`)
    ).json();
    expect(drafts.items.map((r: Listed) => r.id)).toEqual([reports.justiceFirst]);
  });

  it('shows an officer only their own agency, and refuses another agency', async () => {
    const mine = (await t.request(minjustOfficer, 'GET', '/api/reports')).json();
    expect(mine.total).toBe(2);
    expect(mine.items.map((r: Listed) => r.agency.id)).toEqual([minjust, minjust]);
    const queue = (await t.request(minfinOfficer, 'GET', '/api/reports?state=submitted')).json();
    expect(queue.items.map((r: Listed) => r.id)).toEqual([reports.finance]);
    const other = await t.request(minjustOfficer, 'GET', `/api/reports?agencyId=${minfin}`);
    expect(other.statusCode).toBe(403);
    // An officer account not attached to an agency sees nothing rather than everything.
    const loose = await t.as(['officer']);
    expect((await t.request(loose, 'GET', '/api/reports')).json()).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it('refuses visitors and the other roles', async () => {
    expect((await t.request(null, 'GET', '/api/reports')).statusCode).toBe(401);
    for (const role of ['verifier', 'declarant', 'public', 'statistician'] as const) {
      const res = await t.request(await t.as([role]), 'GET', '/api/reports');
      expect(res.statusCode, role).toBe(403);
    }
  });

  it('refuses an unknown state and a malformed agency with 400', async () => {
    expect((await t.request(coordinator, 'GET', '/api/reports?state=lost')).statusCode).toBe(400);
    expect((await t.request(coordinator, 'GET', '/api/reports?agencyId=x')).statusCode).toBe(400);
  });
});

describe('GET /api/measures/:id', () => {
  it('gives one measure to anyone, and 404 for an unknown one', async () => {
    const res = await t.request(null, 'GET', `/api/measures/${minjustMeasure}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: minjustMeasure,
      agencyId: minjust,
      title: { en: 'Justice first' },
      deadline: '2024-12-31',
      plannedBudget: null,
    });
    const missing = await t.request(
      null,
      'GET',
      '/api/measures/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.statusCode).toBe(404);
  });
});
