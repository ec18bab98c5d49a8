import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../platform/auth/seed.ts';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';
import { demoReportReceipt } from './demo/reports.ts';
import { seedReporting } from './seed.ts';
import { asReporter, returnWithReceipt, unlock } from './test-reporting.ts';

describe('reporting demo', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ demo: true });
  }, 120_000);
  afterAll(() => t.close());

  it('gives the demo handlers keys and fills their queues with labelled synthetic reports', async () => {
    const investigator = await unlock(
      t,
      await t.login('investigator', DEMO_PASSWORD),
      DEMO_PASSWORD,
    );
    const queue = await t.request(investigator, 'GET', '/api/reporting/work/reports?pageSize=50');
    expect(queue.json().total).toBeGreaterThan(3);
    for (const item of queue.json().items) expect(item.title).toContain('СИНТЕТИКАЛЫК ДЕМО');
    expect(await seedReporting(t.database.db, { demo: true })).toEqual([]);
  });

  it('lets anyone follow the synthetic report with the receipt the banner prints', async () => {
    const back = await returnWithReceipt(t, demoReportReceipt());
    expect(back.statusCode, back.body).toBe(200);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/reporting/mine',
      headers: asReporter(back.json().token),
    });
    expect(mine.json().content.title).toContain('СИНТЕТИКАЛЫК ДЕМО');
  });
});
