import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/seed.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../../platform/testing/test-platform.ts';
import { checkedShare, filedShare } from '../filing/status.ts';

let t: TestPlatform;
let verifier: Caller;
let otherVerifier: Caller;
let declarant: Caller;
let reviewId: string;
let declarationId: string;
let reviewedYear: number;

beforeAll(async () => {
  t = await createTestPlatform({ demo: true });
  verifier = await t.login('verifier', DEMO_PASSWORD);
  otherVerifier = await t.as(['verifier']);
  declarant = await t.login('declarant', DEMO_PASSWORD);
  const queue = await t.request(
    verifier,
    'GET',
    '/api/declaration-reviews?state=queued&sort=-score',
  );
  const first = queue.json().items[0];
  reviewId = first.id;
  declarationId = first.declarationId;
  reviewedYear = first.year;
}, 120_000);
afterAll(() => t.close());

describe('the full check', () => {
  it('ranks the queue by score with reasons, and filters by finding code', async () => {
    const res = await t.request(
      verifier,
      'GET',
      '/api/declaration-reviews?sort=-score&pageSize=50',
    );
    const scores = res.json().items.map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const code = res.json().items[0].reasons[0].code as string;
    const filtered = await t.request(verifier, 'GET', `/api/declaration-reviews?code=${code}`);
    expect(filtered.json().total).toBeGreaterThan(0);
  });

  it('refuses steps out of order and steps by someone who is not the assignee', async () => {
    const early = await t.request(
      verifier,
      'POST',
      `/api/declaration-reviews/${reviewId}/conclude`,
      {
        outcome: 'no_violation',
        text: 'ok',
      },
    );
    expect(early.statusCode).toBe(409);
    expect(
      (await t.request(verifier, 'POST', `/api/declaration-reviews/${reviewId}/assign`, {}))
        .statusCode,
    ).toBe(204);
    const stranger = await t.request(
      otherVerifier,
      'POST',
      `/api/declaration-reviews/${reviewId}/request-explanation`,
      {
        text: 'why',
        deadline: '2099-01-01',
      },
    );
    expect(stranger.statusCode).toBe(403);
    const past = await t.request(
      verifier,
      'POST',
      `/api/declaration-reviews/${reviewId}/request-explanation`,
      {
        text: 'why',
        deadline: '2020-01-01',
      },
    );
    expect(past.statusCode).toBe(400);
    const badOutcome = await t.request(
      verifier,
      'POST',
      `/api/declaration-reviews/${reviewId}/conclude`,
      {
        outcome: 'jail',
        text: 'x',
      },
    );
    expect(badOutcome.statusCode).toBe(400);
  });

  it('hides other people’s declarations from a declarant and findings from the declarant’s own view', async () => {
    expect(
      (await t.request(declarant, 'GET', `/api/declarations/${declarationId}`)).statusCode,
    ).toBe(404);
    const mine = (await t.request(declarant, 'GET', '/api/declarations/mine')).json();
    const own = mine.years.find((y: { id: string | null }) => y.id);
    const view = (await t.request(declarant, 'GET', `/api/declarations/${own.id}`)).json();
    expect(view.check).not.toHaveProperty('findings');
    expect(view.check).not.toHaveProperty('score');
  });

  it('audits a verifier reading a declaration and every decision', async () => {
    await t.request(verifier, 'GET', `/api/declarations/${declarationId}`);
    await t.request(verifier, 'POST', `/api/declaration-reviews/${reviewId}/conclude`, {
      outcome: 'disciplinary',
      text: 'Несоответствие подтверждено.',
    });
    const db = t.database.db;
    const viewed = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'declaration.viewed'), eq(auditLog.entityId, declarationId)));
    expect(viewed.length).toBeGreaterThan(0);
    const concluded = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'declaration_review.concluded'), eq(auditLog.entityId, reviewId)),
      );
    expect(concluded[0]?.details).toMatchObject({ outcome: 'disciplinary' });
  });

  it('computes the Plan indicators from filings and full checks', async () => {
    const filed = await filedShare(t.database.db, { year: 2024 });
    expect(filed?.value).toBeGreaterThan(80);
    expect(filed?.value).toBeLessThan(100);
    // The full check concluded above counts for its declaration's year.
    const checked = await checkedShare(t.database.db, { year: reviewedYear });
    expect(checked?.value).toBeGreaterThan(0);
    expect(await filedShare(t.database.db, { year: 1999 })).toBeNull();
    const dash = await t.request(null, 'GET', '/api/strategy/indicators?lang=en');
    expect(dash.statusCode).toBeLessThan(500);
  });

  it('reports late and missing filers for a year', async () => {
    const res = await t.request(
      verifier,
      'GET',
      '/api/declaration-filing?year=2024&state=not_filed',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().totals.not_filed).toBeGreaterThan(0);
    expect(res.json().totals.late).toBeGreaterThan(0);
    expect(res.json().items.every((x: { state: string }) => x.state === 'not_filed')).toBe(true);
    expect((await t.request(verifier, 'GET', '/api/declaration-filing?year=2030')).statusCode).toBe(
      404,
    );
  });
});
