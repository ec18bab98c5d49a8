import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsFromCsv } from '../../../platform/csv-rows.ts';
import { createTestPlatform, type TestPlatform } from '../../../platform/testing/test-platform.ts';
import { legalEntities } from '../schema.ts';
import { loadStateOrganisations } from './load.ts';

let t: TestPlatform;

beforeAll(async () => {
  t = await createTestPlatform();
}, 120_000);
afterAll(() => t.close());

const registered = async () =>
  (
    await t.database.db
      .select({ n: count() })
      .from(legalEntities)
      .where(isNotNull(legalEntities.register))
  )[0]!.n;

const csv = `name;registrationNumber;register;statePercent;parentRegistrationNumber;address
"""Кыргызтелеком"" ААК";00000000000001;state_share_company;77,8;;Бишкек
Бишкек жылуулук ишканасы;00000000000002;municipal_enterprise;;;"Бишкек, ""Жибек жолу"" 1"
Телеком сервис ЖЧК;00000000000003;state_share_company;51;00000000000001;
`;

describe('loading the register of state organisations', () => {
  it('reads CSV with quotes and semicolons', () => {
    const rows = rowsFromCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ name: '"Кыргызтелеком" ААК', statePercent: '77,8' });
    expect(rows[1]).toMatchObject({ statePercent: '', address: 'Бишкек, "Жибек жолу" 1' });
  });

  it('reports every bad row with its number and writes nothing', async () => {
    const before = await registered();
    const result = await loadStateOrganisations(t.database.db, [
      { name: 'Жакшы', registrationNumber: '00000000000010', register: 'budget_funded' },
      { name: 'Түрү белгисиз', registrationNumber: '00000000000011', register: 'ngo' },
      { name: 'Номуру кыска', registrationNumber: '123', register: 'budget_funded' },
      {
        name: 'Үлүшү жок',
        registrationNumber: '00000000000012',
        register: 'state_share_company',
      },
      {
        name: 'Үлүшү ашык',
        registrationNumber: '00000000000013',
        register: 'state_share_company',
        statePercent: 150,
      },
      { name: 'Кайталанган', registrationNumber: '00000000000010', register: 'budget_funded' },
      {
        name: 'Ата-энеси жок',
        registrationNumber: '00000000000014',
        register: 'state_enterprise',
        parentRegistrationNumber: '99999999999999',
      },
      {
        name: 'Нөл үлүш',
        registrationNumber: '00000000000015',
        register: 'state_share_company',
        statePercent: 0,
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byRow = result.problems.map((p) => `${p.row}:${p.field}:${p.reason}`);
    expect(byRow).toEqual([
      '2:register:register_unknown',
      '3:registrationNumber:registration_number_format',
      '4:statePercent:state_percent_required',
      '5:statePercent:state_percent_range',
      '6:registrationNumber:duplicate_of_row_1',
      '7:parentRegistrationNumber:parent_unknown',
      '8:statePercent:state_percent_range',
    ]);
    expect(await registered()).toBe(before);
  });

  it('loads good rows, sets parents, and updates on a second load', async () => {
    const before = await registered();
    const first = await loadStateOrganisations(t.database.db, rowsFromCsv(csv));
    expect(first).toEqual({ ok: true, created: 3, updated: 0 });
    expect(await registered()).toBe(before + 3);
    const again = await loadStateOrganisations(
      t.database.db,
      rowsFromCsv(csv.replace('77,8', '80')),
    );
    expect(again).toEqual({ ok: true, created: 0, updated: 3 });
    const [row] = await t.database.db
      .select()
      .from(legalEntities)
      .where(eq(legalEntities.registrationNumber, '00000000000001'));
    expect(row!.statePercent).toBe(80);
  });
});

describe('the public register', () => {
  it('lists, searches by name and number, filters by kind, sorts and pages, for anyone', async () => {
    const all = await t.request(null, 'GET', '/api/state-organisations?pageSize=5');
    expect(all.statusCode).toBe(200);
    expect(all.json().items).toHaveLength(5);
    expect(all.json().total).toBeGreaterThan(5);
    const byName = (await t.request(null, 'GET', '/api/state-organisations?search=елеком')).json();
    expect(byName.items.map((i: { name: string }) => i.name).sort()).toEqual(
      ['"Кыргызтелеком" ААК', 'Телеком сервис ЖЧК'].sort(),
    );
    const byNumber = (
      await t.request(null, 'GET', '/api/state-organisations?search=00000000000003')
    ).json();
    expect(byNumber.items[0]).toMatchObject({
      name: 'Телеком сервис ЖЧК',
      statePercent: 51,
      register: 'state_share_company',
    });
    expect(byNumber.items[0].parent.name).toContain('Кыргызтелеком');
    const shares = (
      await t.request(
        null,
        'GET',
        '/api/state-organisations?register=state_share_company&sort=-statePercent',
      )
    ).json();
    expect(shares.items.map((i: { statePercent: number }) => i.statePercent)).toEqual([80, 51]);
    const byShare = (
      await t.request(null, 'GET', '/api/state-organisations?sort=-statePercent&pageSize=2')
    ).json();
    expect(byShare.items.map((i: { statePercent: number }) => i.statePercent)).toEqual([80, 51]);
    const bad = await t.request(null, 'GET', '/api/state-organisations?register=ngo');
    expect(bad.statusCode).toBe(400);
  });

  it('shows one organisation with its parent and subordinates; a plain company is not on it', async () => {
    const list = (
      await t.request(null, 'GET', '/api/state-organisations?search=00000000000001')
    ).json();
    const id = list.items[0].id as string;
    const detail = (await t.request(null, 'GET', `/api/state-organisations/${id}`)).json();
    expect(detail.subordinates.map((s: { name: string }) => s.name)).toEqual([
      'Телеком сервис ЖЧК',
    ]);
    const [company] = await t.database.db
      .insert(legalEntities)
      .values({ kind: 'company', name: 'Жеке ЖЧК', registrationNumber: '00000000000099' })
      .returning({ id: legalEntities.id });
    expect(
      (await t.request(null, 'GET', `/api/state-organisations/${company!.id}`)).statusCode,
    ).toBe(404);
  });
});
