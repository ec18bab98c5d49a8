import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../../../platform/assemble.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/seed.ts';
import { queryRows } from '../../../platform/db/client.ts';
import { seedAll } from '../../../platform/seed.ts';
import { createTestPlatform, type TestPlatform } from '../../../platform/testing/test-platform.ts';
import { DEMO_ALTERNATIVE_REPORTS, DEMO_ORGANISATIONS } from './demo-data.ts';
import { seedAlternativeDemo } from './demo-seed.ts';

type Report = {
  id: string;
  organisationId: string;
  organisationSynthetic: boolean;
  measureId: string | null;
  itemNumber: number | null;
  evidenceUrl: string | null;
};

describe('demo organisations (pure)', () => {
  it('are plainly invented: "Demo" and "synthetic" in every name, DEMO numbers, example.org sites', () => {
    for (const o of DEMO_ORGANISATIONS) {
      expect(o.name.ky).toMatch(/^Демо/);
      expect(o.name.ru).toMatch(/^Демо/);
      expect(o.name.en).toMatch(/^Demo .*\(synthetic\)$/);
      expect(o.registrationNumber).toMatch(/^DEMO-/);
      expect(new URL(o.website).hostname).toBe('example.org');
    }
    expect(DEMO_ORGANISATIONS.filter((o) => o.member === 'citizen')).toHaveLength(1);
    for (const r of DEMO_ALTERNATIVE_REPORTS) {
      expect(r.text.ky).toContain('(демо)');
      expect(r.text.ru).toContain('(демо)');
    }
  });
});

describe('demo organisations in the database', () => {
  let t: TestPlatform;
  const count = async (table: string) =>
    (
      await queryRows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`,
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestPlatform({ demo: true });
  });
  afterAll(() => t.close());

  it('are listed, synthetic, with eight reports beside published official ones', async () => {
    const orgs = (await t.request(null, 'GET', '/api/organisations')).json();
    expect(orgs.total).toBe(DEMO_ORGANISATIONS.length);
    expect(orgs.items.every((o: { synthetic: boolean }) => o.synthetic)).toBe(true);

    const reports = (await t.request(null, 'GET', '/api/alternative-reports?pageSize=50')).json();
    expect(reports.total).toBe(DEMO_ALTERNATIVE_REPORTS.length);
    const items = reports.items as Report[];
    expect(items.every((r) => r.organisationSynthetic)).toBe(true);
    expect(items.filter((r) => r.itemNumber !== null).length).toBe(3);
    for (const r of items.filter((x) => x.measureId)) {
      const both = (await t.request(null, 'GET', `/api/measures/${r.measureId}/alongside`)).json();
      expect(both.official?.state).toBe('published');
      expect(both.alternative.map((a: Report) => a.id)).toContain(r.id);
    }
  });

  it('make the demo citizen a member of one organisation, who may file for it', async () => {
    const citizen = await t.login('citizen', DEMO_PASSWORD);
    const mine = (await t.request(citizen, 'GET', '/api/account/organisations')).json();
    expect(mine.items.map((o: { registrationNumber: string }) => o.registrationNumber)).toEqual([
      'DEMO-CSO-0001',
    ]);
    const filed = await t.request(citizen, 'POST', '/api/alternative-reports', {
      organisationId: mine.items[0].id,
      itemNumber: 4,
      assessment: 'cannot_assess',
      text: { ky: 'Сыноо (демо)' },
    });
    expect(filed.statusCode).toBe(201);
  });

  it('are stored only once, however often the seed runs', async () => {
    const before = {
      organisations: await count('organisations'),
      members: await count('organisation_members'),
      reports: await count('alternative_reports'),
      users: await count('users'),
    };
    expect(before.members).toBe(DEMO_ORGANISATIONS.length);
    expect(await seedAlternativeDemo(t.database.db)).toEqual([]);
    await seedAll(t.database.db, assemble().modules, { demo: true });
    expect({
      organisations: await count('organisations'),
      members: await count('organisation_members'),
      reports: await count('alternative_reports'),
      users: await count('users'),
    }).toEqual(before);
  });
});
