import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';
import { buildDemoPlans } from './demo-data.ts';
import { seedStrategyDemo } from './demo-seed.ts';

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
  });
});
