import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { type Caller, createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { readReferenceAgencies } from './seed.ts';

let t: TestPlatform;
let admin: Caller;
const name = (s: string) => ({ ky: `${s} ky`, ru: `${s} ru`, en: `${s} en` });

beforeAll(async () => {
  t = await createTestPlatform();
  admin = await t.as(['admin']);
});
afterAll(() => t.close());

describe('reference agencies', () => {
  it('the reference file names every body the Strategy relies on, in three languages', () => {
    const { agencies } = readReferenceAgencies();
    const codes = agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const kind of [
      'prosecution',
      'ministry',
      'court',
      'election_commission',
      'local_self_government',
    ]) {
      expect(
        agencies.some((a) => a.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it('are seeded from the reference file, none synthetic without demo data', async () => {
    const res = await t.request(null, 'GET', '/api/agencies?pageSize=200');
    const body = res.json();
    expect(body.total).toBe(readReferenceAgencies().agencies.length);
    expect(body.items.every((a: { synthetic: boolean }) => !a.synthetic)).toBe(true);
  });

  it('are searched in any language, filtered by kind, sorted and paged', async () => {
    const ru = (
      await t.request(null, 'GET', '/api/agencies?q=%D0%BF%D1%80%D0%BE%D0%BA%D1%83%D1%80')
    ).json(); // "прокур"
    expect(ru.items.some((a: { kind: string }) => a.kind === 'prosecution')).toBe(true);
    const ministries = (
      await t.request(null, 'GET', '/api/agencies?kind=ministry&sort=-code&pageSize=3')
    ).json();
    expect(ministries.items).toHaveLength(3);
    expect(ministries.items.every((a: { kind: string }) => a.kind === 'ministry')).toBe(true);
    const codes = ministries.items.map((a: { code: string }) => a.code);
    expect([...codes].sort().reverse()).toEqual(codes);
    const none = (await t.request(null, 'GET', '/api/agencies?q=%25%25')).json();
    expect(none.total).toBe(0);
  });

  it('are created and changed by an admin, with the audit trail', async () => {
    const created = await t.request(admin, 'POST', '/api/admin/agencies', {
      code: 'test-body',
      kind: 'state_service',
      name: name('Test body'),
      shortName: name('TB'),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const child = await t.request(admin, 'POST', '/api/admin/agencies', {
      code: 'test-child',
      kind: 'state_service',
      name: name('Child'),
      shortName: name('C'),
      parentId: id,
    });
    expect(child.statusCode).toBe(201);
    const renamed = await t.request(admin, 'PATCH', `/api/admin/agencies/${id}`, {
      name: name('Renamed'),
    });
    expect(renamed.json().name.en).toBe('Renamed en');
    const rows = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_type = 'agency' AND entity_id = ${id} ORDER BY id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['agency.created', 'agency.updated']);
    // A body cannot be moved under its own sub-body.
    const cycle = await t.request(admin, 'PATCH', `/api/admin/agencies/${id}`, {
      parentId: child.json().id,
    });
    expect(cycle.statusCode).toBe(400);
  });

  it('refuses duplicates, missing translations and unknown parents with 4xx', async () => {
    const dup = await t.request(admin, 'POST', '/api/admin/agencies', {
      code: 'test-body',
      kind: 'state_service',
      name: name('Dup'),
      shortName: name('D'),
    });
    expect(dup.statusCode).toBe(409);
    const noKy = await t.request(admin, 'POST', '/api/admin/agencies', {
      code: 'no-ky',
      kind: 'ministry',
      name: { ru: 'x', en: 'x' },
      shortName: name('x'),
    });
    expect(noKy.statusCode).toBe(400);
    expect(noKy.json().error.details[0].path).toBe('/name/ky');
    const orphan = await t.request(admin, 'POST', '/api/admin/agencies', {
      code: 'orphan-body',
      kind: 'ministry',
      name: name('O'),
      shortName: name('O'),
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().error.code).toBe('invalid_reference');
    expect((await t.request(null, 'GET', '/api/agencies?q=orphan-body')).json().total).toBe(0);
  });
});
