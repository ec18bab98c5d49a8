import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

describe('the Strategy over HTTP', () => {
  it('shows the 7 directions with the 20 Plan items and the headline targets', async () => {
    const res = await t.request(null, 'GET', '/api/strategy');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.directions).toHaveLength(7);
    const items = body.directions.flatMap((d: { items: { number: number }[] }) => d.items);
    expect(items.map((i: { number: number }) => i.number)).toEqual(
      Array.from({ length: 20 }, (_, k) => k + 1),
    );
    expect(items.every((i: { activityCount: number }) => i.activityCount > 0)).toBe(true);
    expect(body.targets.map((x: { code: string }) => x.code).sort()).toEqual([
      'public-trust-index',
      'world-ratings',
    ]);
  });

  it('gives a Plan item in full, in all three languages', async () => {
    const item = (await t.request(null, 'GET', '/api/strategy/items/2')).json();
    expect(item.number).toBe(2);
    expect(item.direction.number).toBe(1);
    expect(item.activities[0].code).toBe('2.1');
    expect(item.activities[0].text).toEqual({
      ky: expect.any(String),
      ru: expect.any(String),
      en: expect.any(String),
    });
  });

  it('answers an unknown or malformed item number with 404 or 400', async () => {
    expect((await t.request(null, 'GET', '/api/strategy/items/21')).statusCode).toBe(404);
    expect((await t.request(null, 'GET', '/api/strategy/items/two')).statusCode).toBe(400);
  });

  it('publishes the Plan activities and indicators as open data', async () => {
    const csv = await t.request(null, 'GET', '/api/opendata/strategy-plan-activities.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')[0]).toBe(
      'direction,item,activity_code,activity_ky,activity_ru,activity_en,expected_results_ky,expected_results_ru,expected_results_en',
    );
    const indicators = (
      await t.request(null, 'GET', '/api/opendata/strategy-plan-indicators.json')
    ).json();
    expect(indicators.length).toBeGreaterThan(20);
    expect(indicators[0]).toMatchObject({ item: 1, activity_code: '1.1', indicator_code: '1.1.1' });
  });
});

describe('loading the Strategy', () => {
  it('happens once per version of the files: a restart rewrites and audits nothing', async () => {
    const { seedStrategy } = await import('./seed.ts');
    const { sql } = await import('drizzle-orm');
    expect(await seedStrategy(t.database.db)).toEqual([]);
    await t.database.db.execute(
      sql`UPDATE reference_versions SET sha256 = 'old' WHERE name = 'strategy'`,
    );
    const [report] = await seedStrategy(t.database.db);
    expect(report).toMatch(/20 Plan items, .* 81 indicators \(81 defined\)/);
    expect(await seedStrategy(t.database.db)).toEqual([]);
  });
});
