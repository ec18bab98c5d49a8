import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';
import { buildDemoPlans } from './demo-data.ts';
import { seedStrategyDemo } from './demo-seed.ts';
import { seedRegistersDemo } from './registers/demo-seed.ts';

describe('demo plans (pure)', () => {
  it('are the same on every run, and every report of a year comes after that year', () => {
    const agencies = [
      { id: 'a', code: 'ministry-a' },
      { id: 'b', code: 'ministry-b' },
    ];
    const first = buildDemoPlans(agencies, ['1.1', '2.1', '4.3']);
    expect(buildDemoPlans(agencies, ['1.1', '2.1', '4.3'])).toEqual(first);
    for (const plan of first) {
      expect(plan.title.en).toContain('synthetic');
      for (const m of plan.measures) {
        expect(m.title.en).toContain('(demo)');
        for (const r of m.reports) {
          if (r.submittedAt) expect(r.submittedAt.getUTCFullYear()).toBe(r.year + 1);
          expect(r.state === 'draft').toBe(r.submittedAt === null);
        }
      }
    }
  });
});

describe('demo plans in the database', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ demo: true });
  });
  afterAll(() => t.close());

  it('are marked synthetic, rate several agencies, and are stored only once', async () => {
    const plans = (await t.request(null, 'GET', '/api/plans?pageSize=100')).json();
    expect(plans.total).toBeGreaterThan(5);
    expect(plans.items.every((p: { synthetic: boolean }) => p.synthetic)).toBe(true);
    const scores = (await t.request(null, 'GET', '/api/strategy/scores')).json();
    expect(scores.agencies.length).toBe(plans.total);
    const distinct = new Set(scores.agencies.map((a: { score: number }) => a.score));
    expect(distinct.size).toBeGreaterThan(2);
    expect(await seedStrategyDemo(t.database.db)).toEqual([]);
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM agency_plans`,
    );
    expect(count!.n).toBe(plans.total);
  });

  it('the public sees only published demo reports', async () => {
    const [row] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT r.id FROM measure_reports r WHERE r.state = 'submitted' LIMIT 1`,
    );
    if (row) expect((await t.request(null, 'GET', `/api/reports/${row.id}`)).statusCode).toBe(404);
    const [evidence] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT e.id FROM evidence_files e JOIN measure_reports r ON r.id = e.report_id
          WHERE r.state = 'published' LIMIT 1`,
    );
    const download = await t.request(null, 'GET', `/api/evidence/${evidence!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    expect(download.body).toContain('Synthetic demo evidence');
  });

  it('fill the registers and the indicators, labelled synthetic, and are stored only once', async () => {
    const meetings = (await t.request(null, 'GET', '/api/registers/council-meetings')).json();
    expect(meetings.total).toBeGreaterThan(4);
    expect(meetings.items.every((m: { synthetic: boolean }) => m.synthetic)).toBe(true);
    expect(meetings.items[0].agenda.en).toContain('(demo, synthetic)');
    // 2023 is the demo year in which the Council met only once.
    expect(meetings.perYear).toContainEqual({ year: 2023, held: 1, required: 2, met: false });
    const councils = (await t.request(null, 'GET', '/api/registers/public-councils')).json();
    expect(councils.total).toBeGreaterThan(3);
    expect(councils.items[0].evaluations.length).toBe(3);
    const budget = (await t.request(null, 'GET', '/api/registers/budget?year=2022')).json();
    expect(budget.executionShare).toBeGreaterThan(50);
    expect(budget.executionShare).toBeLessThanOrEqual(100);
    const manual = (
      await t.request(null, 'GET', '/api/indicators?source=manual&pageSize=200')
    ).json();
    expect(
      manual.items.some((i: { latest: { status: string } }) => i.latest.status === 'value'),
    ).toBe(true);
    const executed = (await t.request(null, 'GET', '/api/indicators/2.1.2')).json();
    expect(executed.latest.status).toBe('value');
    expect(await seedRegistersDemo(t.database.db)).toEqual([]);
  });

  it('every public dataset of the module serves as CSV and JSON with the demo data', async () => {
    const catalog = (await t.request(null, 'GET', '/api/opendata')).json();
    const names = catalog.datasets.map((d: { name: string }) => d.name);
    for (const name of [
      'strategy-plan-measures',
      'strategy-published-reports',
      'strategy-agency-rating',
      'strategy-indicator-values',
      'anti-corruption-council-meetings',
      'public-council-evaluations',
      'reporting-timeliness',
      'anti-corruption-budget',
    ]) {
      expect(names).toContain(name);
      const json = await t.request(null, 'GET', `/api/opendata/${name}.json`);
      expect(json.statusCode, name).toBe(200);
      expect(json.json().length, name).toBeGreaterThan(0);
      const csv = await t.request(null, 'GET', `/api/opendata/${name}.csv`);
      expect(csv.statusCode, name).toBe(200);
    }
    // Joinable by agency code, dated, and marked as computed from synthetic demo measures.
    const rating = (
      await t.request(null, 'GET', '/api/opendata/strategy-agency-rating.json')
    ).json();
    expect(rating[0]).toMatchObject({ agency_code: expect.any(String), synthetic: true });
    const dated = ['strategy-agency-rating', 'anti-corruption-budget', 'reporting-timeliness'];
    for (const d of catalog.datasets.filter((d: { name: string }) => dated.includes(d.name)))
      expect(d.updatedAt, d.name).not.toBeNull();
    const published = (
      await t.request(null, 'GET', '/api/opendata/strategy-published-reports.json')
    ).json();
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM measure_reports WHERE state = 'published'`,
    );
    expect(published.length).toBe(count!.n);
  });
});
