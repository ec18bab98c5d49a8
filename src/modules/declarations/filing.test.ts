import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../platform/auth/seed.ts';
import {
  type Caller,
  createTestPlatform,
  type TestPlatform,
} from '../../platform/testing/test-platform.ts';
import type { DeclarationContent } from './content.ts';
import { prefillFromRegistries } from './filing/drafts.ts';
import { RegistryUnavailableError } from './registry/errors.ts';
import type { RegistryGateway } from './registry/records.ts';

let t: TestPlatform;
let declarant: Caller;
let verifier: Caller;
let prosecutor: Caller;
let id: string;

beforeAll(async () => {
  t = await createTestPlatform({ demo: true });
  declarant = await t.login('declarant', DEMO_PASSWORD);
  verifier = await t.login('verifier', DEMO_PASSWORD);
  prosecutor = await t.login('prosecutor', DEMO_PASSWORD);
}, 120_000);
afterAll(() => t.close());

describe('filing a declaration', () => {
  it('lists the years the declarant must file, 2025 still open', async () => {
    const res = await t.request(declarant, 'GET', '/api/declarations/mine');
    expect(res.statusCode).toBe(200);
    const years = res.json().years as Array<{ year: number; status: string | null }>;
    expect(years.find((y) => y.year === 2024)?.status).toBe('submitted');
    expect(years.find((y) => y.year === 2025)?.status).toBeNull();
  });

  it('opens a draft once, pre-fills it from the registry without duplicates', async () => {
    const res = await t.request(declarant, 'POST', '/api/declarations', { year: 2025 });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(
      (await t.request(declarant, 'POST', '/api/declarations', { year: 2025 })).statusCode,
    ).toBe(409);
    const first = await t.request(declarant, 'POST', `/api/declarations/${id}/prefill`);
    expect(first.statusCode).toBe(200);
    expect(first.json().added).toBeGreaterThan(0);
    const again = await t.request(declarant, 'POST', `/api/declarations/${id}/prefill`);
    expect(again.json().added).toBe(0);
  });

  it('answers 502 naming the failed registry service, without internals, when a registry is down', async () => {
    const down: RegistryGateway = {
      name: 'tunduk',
      lookup: async () => {
        throw new RegistryUnavailableError(
          'vehicles',
          'timeout',
          'vehicles: no answer in 10000 ms from https://ss.internal',
        );
      },
    };
    const viewer = { userId: declarant.userId, roles: ['declarant' as const] };
    const actor = { id: declarant.userId, name: 'declarant' };
    const failure = await prefillFromRegistries(t.database.db, viewer, actor, id, down).catch(
      (e) => e,
    );
    expect(failure.status).toBe(502);
    expect(failure.code).toBe('registry_unavailable');
    expect(failure.details).toEqual({
      registry: 'tunduk',
      service: 'vehicles',
      problem: 'timeout',
      errorType: null,
    });
    expect(JSON.stringify(failure.details)).not.toContain('internal');
  });

  it('keeps a draft with wrong values and names each problem; submission refuses it', async () => {
    const view = (await t.request(declarant, 'GET', `/api/declarations/${id}`)).json();
    const draft = view.draft as DeclarationContent;
    const bad: DeclarationContent = {
      ...draft,
      realEstate: [
        ...draft.realEstate,
        {
          id: 'bad-1',
          owner: 'declarant',
          kind: 'land',
          area: -5,
          address: 'Бишкек',
          country: 'KG',
          sharePercent: 150,
          acquiredOn: '2999-01-01',
          price: { amount: '100', currency: 'XYZ' },
        },
      ],
    };
    const saved = await t.request(declarant, 'PUT', `/api/declarations/${id}/draft`, bad);
    expect(saved.statusCode).toBe(200);
    const reasons = saved
      .json()
      .problems.map((p: { path: unknown[]; reason: string }) => `${p.path.join('.')}:${p.reason}`);
    const at = draft.realEstate.length;
    expect(reasons).toEqual(
      expect.arrayContaining([
        `realEstate.${at}.area:area_range`,
        `realEstate.${at}.sharePercent:share_range`,
        `realEstate.${at}.acquiredOn:date_future`,
        `realEstate.${at}.price.currency:currency_unknown`,
      ]),
    );
    const submit = await t.request(declarant, 'POST', `/api/declarations/${id}/submit`);
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error.code).toBe('declaration_invalid');
    const kept = (await t.request(declarant, 'GET', `/api/declarations/${id}`)).json();
    expect(kept.status).toBe('draft');
    expect(kept.draft.realEstate).toHaveLength(at + 1);
    // Put the good draft back.
    expect(
      (await t.request(declarant, 'PUT', `/api/declarations/${id}/draft`, draft)).statusCode,
    ).toBe(200);
  });

  it('refuses a hostile draft (a million items) with a 4xx and keeps the saved one', async () => {
    const huge = { incomes: Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}` })) };
    const res = await t.request(declarant, 'PUT', `/api/declarations/${id}/draft`, huge);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('submits a purchase above the threshold with too little income: flagged for a full check', async () => {
    const view = (await t.request(declarant, 'GET', `/api/declarations/${id}`)).json();
    const draft = view.draft as DeclarationContent;
    const content: DeclarationContent = {
      ...draft,
      // A pre-filled company stake comes without a value: the declarant states it.
      securities: draft.securities.map((x) => ({
        ...x,
        value: { amount: '50000.00', currency: 'KGS' },
      })),
      incomes: [
        {
          id: 'salary',
          owner: 'declarant',
          kind: 'salary',
          source: 'Министерство финансов',
          amount: { amount: '600000.00', currency: 'KGS' },
        },
      ],
      spending: [
        {
          id: 'flat',
          owner: 'declarant',
          category: 'immovable',
          description: 'Квартира',
          amount: { amount: '9500000.00', currency: 'KGS' },
          spentOn: '2025-06-10',
        },
      ],
    };
    const saved = (
      await t.request(declarant, 'PUT', `/api/declarations/${id}/draft`, content)
    ).json();
    expect(JSON.stringify(saved)).toBe('{"problems":[]}');
    const res = await t.request(declarant, 'POST', `/api/declarations/${id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.receipt).toMatch(/^[0-9a-f]{64}$/);
    expect(body.check.outcome).toBe('full_check');
    const codes = body.check.findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['purchase.above_threshold', 'balance.unexplained_wealth']),
    );
  });

  it('puts it in the verifier queue with its reasons; a verifier requests an explanation, the declarant answers', async () => {
    const queue = await t.request(verifier, 'GET', '/api/declaration-reviews?year=2025');
    expect(queue.statusCode).toBe(200);
    const item = queue.json().items.find((x: { declarationId: string }) => x.declarationId === id);
    expect(item.reasons.length).toBeGreaterThan(0);
    expect(
      (await t.request(verifier, 'POST', `/api/declaration-reviews/${item.id}/assign`, {}))
        .statusCode,
    ).toBe(204);
    const req = await t.request(
      verifier,
      'POST',
      `/api/declaration-reviews/${item.id}/request-explanation`,
      {
        text: 'Объясните источник средств на покупку квартиры.',
        deadline: '2099-01-01',
      },
    );
    expect(req.statusCode).toBe(204);
    const answer = await t.request(declarant, 'POST', `/api/declarations/${id}/explanation`, {
      text: 'Подарок родителей.',
    });
    expect(answer.statusCode).toBe(204);
    const conclude = await t.request(
      verifier,
      'POST',
      `/api/declaration-reviews/${item.id}/conclude`,
      {
        outcome: 'referral',
        text: 'Источник не подтверждён.',
      },
    );
    expect(conclude.statusCode).toBe(204);
    const referrals = await t.request(prosecutor, 'GET', '/api/declaration-referrals');
    const referral = referrals
      .json()
      .items.find((x: { declarationId: string }) => x.declarationId === id);
    const pack = await t.request(prosecutor, 'GET', `/api/declaration-referrals/${referral.id}`);
    expect(pack.json().evidence.findings.length).toBeGreaterThan(0);
    expect((await t.request(prosecutor, 'GET', `/api/declarations/${id}`)).statusCode).toBe(200);
  });

  it('publishes it without private fields', async () => {
    const res = await t.request(null, 'GET', `/api/public/declarations/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/\d{14}/);
  });
});
