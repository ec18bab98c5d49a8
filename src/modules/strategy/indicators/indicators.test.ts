import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../platform/db/client.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';

let t: TestPlatform;
let officer: Caller;
let coordinator: Caller;
let minjust: string;
let periodId: string;

const text = (s: string) => ({ ky: `${s} (ky)`, ru: `${s} (ru)`, en: s });
const count = async (table: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql.raw(`SELECT count(*)::int AS n FROM ${table}`),
    )
  )[0]!.n;

async function measureOn(activityCode: string, planned = '1000.00', deadline = '2024-12-31') {
  const plan = await t.request(officer, 'POST', '/api/plans', {
    agencyId: minjust,
    kind: 'departmental',
    title: text('Plan'),
    yearFrom: 2024,
    yearTo: 2024,
  });
  const m = await t.request(officer, 'POST', `/api/plans/${plan.json().id}/measures`, {
    activityCode,
    title: text(`Measure on ${activityCode}`),
    deadline,
    plannedBudget: { amount: planned, currency: 'KGS' },
  });
  expect(m.statusCode).toBe(201);
  return m.json().id as string;
}

async function indicator(code: string) {
  const res = await t.request(null, 'GET', `/api/indicators/${code}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestPlatform();
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`SELECT id FROM agencies WHERE code = 'ministry-of-justice'`,
  );
  minjust = row!.id;
  await t.createUser(['officer'], { username: 'officer-ind', agencyId: minjust });
  officer = await t.login('officer-ind');
  coordinator = await t.as(['coordinator']);
  const period = await t.request(coordinator, 'POST', '/api/reporting-periods', {
    kind: 'year',
    year: 2024,
    number: 1,
    opensAt: '2024-10-01T00:00:00Z',
    closesAt: '2099-01-01T00:00:00Z',
  });
  periodId = period.json().id;
});
afterAll(() => t.close());

describe('indicator definitions', () => {
  it('every one of the 81 Plan indicators has a definition, in Plan order', async () => {
    const all = (await t.request(null, 'GET', '/api/indicators?pageSize=200')).json();
    expect(all.total).toBe(81);
    expect(all.items[0].code).toBe('1.1.1');
    for (const i of all.items) {
      expect(i.definition.type).toMatch(/^(percentage|count|yes_no|rank)$/);
      if (i.definition.target) expect(i.text.ky).toContain(i.definition.target.basis);
    }
    const item20 = (await t.request(null, 'GET', '/api/indicators?item=20')).json();
    expect(item20.items.map((i: { code: string }) => i.code)).toEqual(['20.1.1', '20.1.2']);
    expect(item20.items[1].definition).toMatchObject({
      unit: 'percent',
      target: { value: 95 },
      source: { kind: 'computed', key: 'strategy.budget-execution-share' },
    });
    const found = (await t.request(null, 'GET', '/api/indicators?q=budget')).json();
    expect(found.items.some((i: { code: string }) => i.code === '20.1.2')).toBe(true);
  });

  it('the Plan item page carries each indicator with its definition', async () => {
    const item = (await t.request(null, 'GET', '/api/strategy/items/9')).json();
    const meetings = item.activities[0].indicators.find(
      (i: { code: string }) => i.code === '9.1.3',
    );
    expect(meetings.definition).toMatchObject({ type: 'count', target: { value: 2 } });
  });

  it('a computed indicator whose module is not built says "no data yet", never a number', async () => {
    const trust = await indicator('3.1.4');
    expect(trust.definition.source).toEqual({
      kind: 'computed',
      key: 'surveys.trust-index-change',
    });
    expect(trust.latest).toEqual({ status: 'no_data', reason: 'module_not_built' });
    expect(trust.history.every((h: { value: unknown }) => h.value === null)).toBe(true);
    expect((await t.request(null, 'GET', '/api/indicators/99.1.1')).statusCode).toBe(404);
    expect((await t.request(null, 'GET', '/api/indicators/x')).statusCode).toBe(400);
  });
});

describe('reported indicator values', () => {
  it('are refused, with every problem named and nothing written, when they do not fit', async () => {
    const measureId = await measureOn('2.2');
    const before = await count('measure_reports');
    const res = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'in_progress',
      narrative: { ky: 'Отчёт' },
      indicatorValues: [
        { indicatorCode: '2.2.1', value: 140, unit: 'percent' },
        { indicatorCode: '9.1.3', value: 2, unit: 'count' },
        { indicatorCode: '99.9.9', value: 1, unit: 'count' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('indicator_value_invalid');
    expect(res.json().error.details.problems).toEqual([
      {
        indicatorCode: '2.2.1',
        reason: 'out_of_range',
        problem: 'a percentage is between 0 and 100',
      },
      {
        indicatorCode: '9.1.3',
        reason: 'other_activity',
        problem: 'the indicator belongs to activity 9.1, the measure to 2.2',
      },
      { indicatorCode: '99.9.9', reason: 'unknown_indicator', problem: 'no such Plan indicator' },
    ]);
    const wrongUnit = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'in_progress',
      narrative: { ky: 'Отчёт' },
      indicatorValues: [{ indicatorCode: '2.2.1', value: 1, unit: 'count' }],
    });
    expect(wrongUnit.json().error.details.problems[0].problem).toBe(
      'the indicator is measured in percent, not count',
    );
    expect(await count('measure_reports')).toBe(before);
  });

  it('are refused for indicators the platform computes itself', async () => {
    const measureId = await measureOn('2.1');
    const res = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'in_progress',
      narrative: { ky: 'Отчёт' },
      indicatorValues: [{ indicatorCode: '2.1.1', value: 100, unit: 'percent' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems[0].problem).toMatch(/platform measures/);
  });

  it('count nationally only once verified, and are measured against the target', async () => {
    expect((await indicator('2.2.1')).latest).toEqual({ status: 'no_data', reason: 'no_reports' });
    const measureId = await measureOn('2.2');
    const draft = await t.request(officer, 'POST', `/api/measures/${measureId}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: { ky: 'Аткарылды' },
      indicatorValues: [{ indicatorCode: '2.2.1', value: 72, unit: 'percent' }],
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    await t.request(officer, 'POST', `/api/reports/${id}/actions`, { action: 'submit' });
    expect((await indicator('2.2.1')).latest.status).toBe('no_data');
    const verified = await t.request(coordinator, 'POST', `/api/reports/${id}/actions`, {
      action: 'verify',
    });
    expect(verified.statusCode).toBe(200);
    // Target 90% ("90-100%"): 72 is 80% of the way.
    expect((await indicator('2.2.1')).latest).toEqual({
      status: 'value',
      year: 2024,
      value: 72,
      attainment: 0.8,
      basis: 'mean of 1 verified report',
    });
  });
});

describe('the registers the Plan names', () => {
  it('item 9: Council meetings are kept by the coordinator, counted per year and audited', async () => {
    expect((await indicator('9.1.3')).latest).toEqual({ status: 'no_data', reason: 'no_records' });
    const meeting = {
      heldOn: '2024-03-28',
      agenda: text('Execution of plans'),
      minutesUrl: 'https://example.org/minutes/1',
    };
    expect(
      (await t.request(officer, 'POST', '/api/registers/council-meetings', meeting)).statusCode,
    ).toBe(403);
    expect(
      (await t.request(null, 'POST', '/api/registers/council-meetings', meeting)).statusCode,
    ).toBe(401);
    const bad = await t.request(coordinator, 'POST', '/api/registers/council-meetings', {
      ...meeting,
      heldOn: '28.03.2024',
      minutesUrl: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    const first = await t.request(coordinator, 'POST', '/api/registers/council-meetings', meeting);
    expect(first.statusCode).toBe(201);
    expect((await indicator('9.1.3')).latest).toMatchObject({
      year: 2024,
      value: 1,
      attainment: 0.5,
    });
    await t.request(coordinator, 'POST', '/api/registers/council-meetings', {
      ...meeting,
      heldOn: '2024-11-14',
    });
    const list = (await t.request(null, 'GET', '/api/registers/council-meetings?year=2024')).json();
    expect(list.total).toBe(2);
    expect(list.perYear).toEqual([{ year: 2024, held: 2, required: 2, met: true }]);
    expect((await indicator('9.1.3')).latest).toMatchObject({ value: 2, attainment: 1 });
    const removed = await t.request(
      coordinator,
      'DELETE',
      `/api/registers/council-meetings/${first.json().id}`,
    );
    expect(removed.statusCode).toBe(204);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_type = 'council_meeting' ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'council_meeting.recorded',
      'council_meeting.recorded',
      'council_meeting.removed',
    ]);
  });

  it('item 10: a public council is evaluated once a year by the methodology, with reasons', async () => {
    const council = await t.request(coordinator, 'POST', '/api/registers/public-councils', {
      agencyId: minjust,
      establishedOn: '2019-05-01',
      membersCount: 9,
    });
    expect(council.statusCode).toBe(201);
    const id = council.json().id;
    const criteria = {
      meetingsHeld: 4,
      recommendationsIssued: 10,
      recommendationsAccepted: 5,
      draftActsReviewed: 3,
      appealsConsidered: 10,
      annualReportPublished: false,
    };
    const evaluated = await t.request(
      coordinator,
      'POST',
      `/api/registers/public-councils/${id}/evaluations`,
      { year: 2024, criteria },
    );
    expect(evaluated.statusCode).toBe(201);
    // 20 + 30*0.5 + 20 + 15 + 0 = 70: effective.
    expect(evaluated.json()).toMatchObject({ score: 70, rating: 'effective' });
    expect(evaluated.json().breakdown).toHaveLength(5);
    const again = await t.request(
      coordinator,
      'POST',
      `/api/registers/public-councils/${id}/evaluations`,
      { year: 2024, criteria },
    );
    expect(again.statusCode).toBe(409);
    const impossible = await t.request(
      coordinator,
      'POST',
      `/api/registers/public-councils/${id}/evaluations`,
      { year: 2023, criteria: { ...criteria, recommendationsAccepted: 11 } },
    );
    expect(impossible.statusCode).toBe(400);
    const tooEarly = await t.request(
      coordinator,
      'POST',
      `/api/registers/public-councils/${id}/evaluations`,
      { year: 2021, criteria: { ...criteria, meetingsHeld: -1 } },
    );
    expect(tooEarly.statusCode).toBe(400);
    const listed = (
      await t.request(null, 'GET', `/api/registers/public-councils?agencyId=${minjust}`)
    ).json();
    expect(listed.items[0].evaluations.map((e: { year: number }) => e.year)).toEqual([2024]);
  });

  it('item 11: reports are on time, late or missing against the closed window', async () => {
    const onTime = await measureOn('2.2');
    const r = await t.request(officer, 'POST', `/api/measures/${onTime}/reports`, {
      periodId,
      executionStatus: 'done',
      narrative: { ky: 'Аткарылды' },
    });
    await t.request(officer, 'POST', `/api/reports/${r.json().id}/actions`, { action: 'submit' });
    // The window closes now: what was submitted is on time, the rest is missing.
    await t.database.db.execute(
      sql`UPDATE reporting_periods SET closes_at = now() WHERE id = ${periodId}`,
    );
    const timeliness = (
      await t.request(null, 'GET', '/api/registers/reporting-timeliness?year=2024')
    ).json();
    const row = timeliness.agencies.find((a: { agencyId: string }) => a.agencyId === minjust);
    expect(row.onTime).toBeGreaterThanOrEqual(1);
    expect(row.due).toBe(row.onTime + row.late + row.missing);
    expect(row.missing).toBeGreaterThan(0);
    expect((await t.request(null, 'GET', '/api/registers/reporting-timeliness')).statusCode).toBe(
      400,
    );
  });

  it('item 20: executed budget against planned, in the 95-100% band', async () => {
    const measureId = await measureOn('20.1', '1000.00', '2023-06-30');
    const foreign = await t.request(officer, 'PATCH', `/api/measures/${measureId}`, {
      executedBudget: { amount: '10.00', currency: 'USD' },
    });
    expect(foreign.statusCode).toBe(400);
    const spent = await t.request(officer, 'PATCH', `/api/measures/${measureId}`, {
      executedBudget: { amount: '960.00', currency: 'KGS' },
    });
    expect(spent.statusCode).toBe(200);
    expect(spent.json().executedBudget).toEqual({ amount: '960.00', currency: 'KGS' });
    const budget = (await t.request(null, 'GET', '/api/registers/budget?year=2023')).json();
    expect(budget).toMatchObject({ year: 2023, band: { from: 95, to: 100 }, executionShare: 96 });
    expect(budget.agencies[0]).toMatchObject({ executionShare: 96, withinBand: true });
    expect((await indicator('20.1.2')).history).toContainEqual(
      expect.objectContaining({ year: 2023, value: 96, attainment: 1 }),
    );
    const nobody = await t.as(['public']);
    expect(
      (await t.request(nobody, 'PATCH', `/api/measures/${measureId}`, { responsibleUserId: null }))
        .statusCode,
    ).toBe(403);
  });
});

describe('who answers for a measure', () => {
  it('is an active officer of its agency, chosen from the agency list; others are refused', async () => {
    const officers = await t.request(officer, 'GET', `/api/agencies/${minjust}/officers`);
    expect(officers.statusCode).toBe(200);
    const me = officers.json().items.find((o: { id: string }) => o.id === officer.userId);
    expect(me).toBeTruthy();
    const [other] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM agencies WHERE code = 'ministry-of-finance'`,
    );
    expect(
      (await t.request(officer, 'GET', `/api/agencies/${other!.id}/officers`)).statusCode,
    ).toBe(403);
    expect((await t.request(null, 'GET', `/api/agencies/${minjust}/officers`)).statusCode).toBe(
      401,
    );
    const measureId = await measureOn('2.2');
    const outsider = await t.createUser(['officer'], {
      username: 'officer-minfin-x',
      agencyId: other!.id,
    });
    const refused = await t.request(officer, 'PATCH', `/api/measures/${measureId}`, {
      responsibleUserId: outsider,
    });
    expect(refused.statusCode).toBe(400);
    const entrusted = await t.request(officer, 'PATCH', `/api/measures/${measureId}`, {
      responsibleUserId: officer.userId,
    });
    expect(entrusted.json().responsibleUserId).toBe(officer.userId);
  });
});
