import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema.ts';
import { SYSTEM_ACTOR } from '../../../platform/audit/service.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { createTestPlatform, type TestPlatform } from '../../../platform/testing/test-platform.ts';
import { barredEntities } from '../schema.ts';
import { DEMO_BARRED_SUPPLIER_INN, seedBarredDemo } from './demo-seed.ts';
import {
  barredEntitiesOn,
  getBarred,
  liftBar,
  listBarred,
  type NewBar,
  recordBar,
} from './service.ts';

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
}, 120_000);
afterAll(() => t.close());

const db = () => t.database.db;
const NOW = new Date('2026-05-10T06:00:00Z');
const bar = (over: Partial<NewBar> = {}): NewBar => ({
  name: '«Тест Соода» ЖЧК',
  identifier: '01101202010011',
  court: 'Бишкек шаардык соту',
  decisionNumber: 'УД-1/26',
  decisionDate: '2026-01-20',
  ground: 'Пара берүү',
  restrictions: ['tenders', 'procurement', 'tenders'],
  barredFrom: '2026-02-01',
  barredUntil: '2027-01-31',
  ...over,
});
const rows = async () => (await db().select({ n: count() }).from(barredEntities))[0]!.n;
const audits = async (action: string, id: string) =>
  (
    await db()
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)))
  )[0]!.n;

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('recording and lifting', () => {
  it('records a bar with its audit entry, restrictions once each in the usual order', async () => {
    const entry = await recordBar(db(), SYSTEM_ACTOR, bar(), NOW);
    expect(entry).toMatchObject({
      identifier: '01101202010011',
      restrictions: ['procurement', 'tenders'],
      state: 'active',
      liftedAt: null,
      history: [{ event: 'recorded' }],
    });
    expect(await audits('barred_entity.recorded', entry.id)).toBe(1);
  });

  it('refuses the same decision twice with 409 and writes nothing', async () => {
    const before = await rows();
    const err = await refusal(recordBar(db(), SYSTEM_ACTOR, bar({ name: 'Башка ат' }), NOW));
    expect(err.status).toBe(409);
    expect(err.code).toBe('barred_entity_duplicate');
    expect((err.details as { existingId: string }).existingId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await rows()).toBe(before);
    // Another decision on the same entity is a bar of its own.
    await recordBar(db(), SYSTEM_ACTOR, bar({ decisionNumber: 'УД-2/26' }), NOW);
    expect(await rows()).toBe(before + 1);
  });

  it('lifts from the moment, keeps the entry, and refuses to lift it again', async () => {
    const entry = await recordBar(
      db(),
      SYSTEM_ACTOR,
      bar({ identifier: '01101202010022', decisionNumber: 'УД-3/26' }),
      NOW,
    );
    const liftedAt = new Date('2026-06-01T04:00:00Z');
    const lifted = await liftBar(db(), SYSTEM_ACTOR, entry.id, 'Өкүм жокко чыгарылды', liftedAt);
    expect(lifted).toMatchObject({
      state: 'lifted',
      liftedReason: 'Өкүм жокко чыгарылды',
      liftedAt: liftedAt.toISOString(),
    });
    expect(lifted.history.map((h) => h.event)).toEqual(['recorded', 'lifted']);
    expect(await audits('barred_entity.lifted', entry.id)).toBe(1);
    const again = await refusal(liftBar(db(), SYSTEM_ACTOR, entry.id, 'дагы', liftedAt));
    expect([again.status, again.code]).toEqual([409, 'barred_entity_lifted']);
    expect(await audits('barred_entity.lifted', entry.id)).toBe(1);
    const unknown = await refusal(
      liftBar(db(), SYSTEM_ACTOR, '00000000-0000-4000-8000-000000000000', 'x'),
    );
    expect(unknown.status).toBe(404);

    // Before the moment of lifting it still applied; from it on, not.
    const before = await barredEntitiesOn(
      db(),
      ['01101202010022'],
      new Date('2026-06-01T03:00:00Z'),
      'procurement',
    );
    expect(before.map((b) => b.id)).toEqual([entry.id]);
    expect(await barredEntitiesOn(db(), ['01101202010022'], liftedAt, 'procurement')).toEqual([]);
  });
});

describe('the check for other modules', () => {
  it('answers the bars that apply to any of the identifiers, in any written form', async () => {
    const subsidy = await recordBar(
      db(),
      SYSTEM_ACTOR,
      bar({
        identifier: '01101202010033',
        decisionNumber: 'УД-4/26',
        restrictions: ['subsidies', 'tax_benefits'],
        barredUntil: null,
      }),
      NOW,
    );
    const at = new Date('2030-01-01T06:00:00Z');
    const found = await barredEntitiesOn(
      db(),
      ['KG-INN-01101202010033', 'no INN here', '01101202010011'],
      at,
      'subsidies',
    );
    expect(found.map((f) => f.id)).toEqual([subsidy.id]);
    expect(await barredEntitiesOn(db(), ['01101202010033'], at, 'procurement')).toEqual([]);
    // Before its first day nothing applies; without a restriction any applies.
    expect(
      await barredEntitiesOn(db(), ['01101202010033'], new Date('2026-01-31T06:00:00Z')),
    ).toEqual([]);
    expect(
      (await barredEntitiesOn(db(), ['01101202010011'], NOW)).map((f) => f.decisionNumber).sort(),
    ).toEqual(['УД-1/26', 'УД-2/26']);
    expect(await barredEntitiesOn(db(), [], NOW)).toEqual([]);
  });
});

describe('the demo seed', () => {
  it('adds six synthetic entries once, one lifted and one expired', async () => {
    const first = await seedBarredDemo(db());
    expect(first).toHaveLength(1);
    expect(await seedBarredDemo(db())).toEqual([]);
    const demo = await db().select().from(barredEntities).where(eq(barredEntities.synthetic, true));
    expect(demo).toHaveLength(6);
    for (const d of demo) {
      expect(d.name).toContain('синтетикалык');
      expect(d.identifier).toMatch(/^\d{14}$/);
    }
    const today = new Date('2026-11-25T06:00:00Z');
    const states = await listBarred(
      db(),
      { q: 'синтетикалык', state: 'all', page: 1, pageSize: 20 },
      today,
    );
    expect(states.items.map((i) => i.state).sort()).toEqual([
      'active',
      'active',
      'active',
      'active',
      'expired',
      'lifted',
    ]);
    const award = await barredEntitiesOn(db(), [DEMO_BARRED_SUPPLIER_INN], today, 'procurement');
    expect(award).toHaveLength(1);
  });
});

describe('the list', () => {
  const at = new Date('2026-11-25T06:00:00Z');
  const page = { page: 1, pageSize: 50 };

  it('filters by state and restriction and searches by name or INN', async () => {
    const lifted = await listBarred(db(), { ...page, state: 'lifted' }, at);
    expect(lifted.items.every((i) => i.state === 'lifted')).toBe(true);
    expect(lifted.total).toBe(2);
    const expired = await listBarred(db(), { ...page, state: 'expired' }, at);
    expect(expired.items.map((i) => i.name)).toEqual(['«Демо Окуу Китеп» ЖЧК (синтетикалык)']);
    const active = await listBarred(db(), { ...page, state: 'active' }, at);
    expect(active.items.every((i) => i.state === 'active')).toBe(true);
    const all = await listBarred(db(), { ...page }, at);
    expect(all.total).toBe(lifted.total + expired.total + active.total);

    const taxes = await listBarred(db(), { ...page, restriction: 'tax_benefits' }, at);
    expect(taxes.items.every((i) => i.restrictions.includes('tax_benefits'))).toBe(true);
    expect(taxes.total).toBe(3);

    const byName = await listBarred(db(), { ...page, q: 'медтех' }, at);
    expect(byName.items.map((i) => i.identifier)).toEqual(['01002201510061']);
    const byPart = await listBarred(db(), { ...page, q: '0100220' }, at);
    expect(byPart.items.map((i) => i.identifier)).toEqual(['01002201510061']);
    const byScheme = await listBarred(db(), { ...page, q: 'KG-INN-01002201510061' }, at);
    expect(byScheme.items.map((i) => i.identifier)).toEqual(['01002201510061']);
    expect((await listBarred(db(), { ...page, q: '100%_' }, at)).total).toBe(0);
  });

  it('sorts and pages', async () => {
    const byName = await listBarred(
      db(),
      { page: 1, pageSize: 3, sort: { field: 'name', descending: false } },
      at,
    );
    expect(byName.items).toHaveLength(3);
    const names = byName.items.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const second = await listBarred(
      db(),
      { page: 2, pageSize: 3, sort: { field: 'name', descending: false } },
      at,
    );
    expect(second.items.map((i) => i.id)).not.toContain(byName.items[0]!.id);
    const newest = await listBarred(
      db(),
      { ...page, sort: { field: 'decisionDate', descending: true } },
      at,
    );
    const dates = newest.items.map((i) => i.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    const open = await listBarred(
      db(),
      { ...page, sort: { field: 'barredUntil', descending: true } },
      at,
    );
    expect(open.items.at(-1)!.barredUntil).toBeNull();
  });

  it('shows one entry with its history, 404 for an unknown one', async () => {
    const [lifted] = (await listBarred(db(), { ...page, state: 'lifted', q: 'Энерго' }, at)).items;
    const detail = await getBarred(db(), lifted!.id, at);
    expect(detail.history).toEqual([
      { event: 'recorded', at: detail.recordedAt },
      { event: 'lifted', at: '2025-08-22T05:00:00.000Z', reason: detail.liftedReason },
    ]);
    await expect(getBarred(db(), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      status: 404,
    });
  });
});
