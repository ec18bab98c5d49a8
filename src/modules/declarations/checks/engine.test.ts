import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type FindingCode } from './codes.ts';
import { runChecks } from './engine.ts';
import { som as shown } from './explain.ts';
import { cleanInput, DECLARANT_PIN, SPOUSE_PIN, som } from './samples.ts';
import { loadCheckSettings } from './settings.ts';
import type { CheckInput, CheckResult } from './types.ts';

const settings = loadCheckSettings();

/** Runs the checks on the clean family after `change`, and checks every explanation on the way. */
function check(change: (input: CheckInput) => void): CheckResult {
  const input = cleanInput();
  change(input);
  const result = runChecks(input, settings);
  for (const f of result.findings) {
    for (const lang of ['ky', 'ru', 'en'] as const) {
      expect(f.explanation[lang].length, `${f.code} ${lang}`).toBeGreaterThan(10);
      if (f.amountTyiyn !== null) {
        expect(f.explanation[lang], `${f.code} ${lang} mentions the amount`).toContain(
          shown(f.amountTyiyn)[lang],
        );
      }
    }
  }
  return result;
}

/** Explanations group digits with no-break spaces; the expectations are easier to read with plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const codes = (r: CheckResult) => r.findings.map((f) => f.code);
const only = (r: CheckResult, code: FindingCode) => r.findings.filter((f) => f.code === code);
const fired = new Set<string>();
function expectCode(r: CheckResult, code: FindingCode) {
  expect(codes(r)).toContain(code);
  fired.add(code);
  return only(r, code);
}

describe('runChecks', () => {
  it('finds nothing in a clean declaration and gives it the automated "checked" result', () => {
    const r = check(() => {});
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ score: 0, reasons: [], outcome: 'checked' });
  });

  describe('arithmetic and logic', () => {
    it('arithmetic.total_mismatch: the stated total differs from the sum of incomes', () => {
      const r = check((i) => {
        i.declaration.content.statedTotals = { income: '2500000.00' };
      });
      const [f] = expectCode(r, 'arithmetic.total_mismatch');
      expect(f).toMatchObject({ severity: 'medium', amountTyiyn: 70_000_000 });
      expect(plain(f!.explanation.ru)).toContain('2 500 000 сом');
      expect(plain(f!.explanation.ru)).toContain('1 800 000 сом');
      expect(plain(f!.explanation.en)).toContain('700,000 som');
      // A small slip (at most 10 % of the total) is low.
      const slip = check((i) => {
        i.declaration.content.statedTotals = { income: '1900000' };
      });
      expect(only(slip, 'arithmetic.total_mismatch')[0]!.severity).toBe('low');
      // Within the tolerance (rounding of foreign amounts): nothing.
      const ok = check((i) => {
        i.declaration.content.statedTotals = { income: '1800000.50' };
      });
      expect(codes(ok)).not.toContain('arithmetic.total_mismatch');
    });

    it('logic.shares_over_100: family shares of one property add up to more than 100 %', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.realEstate.push({ ...c.realEstate[0]!, id: 'e2', owner: 'r1', sharePercent: 50 });
        delete c.realEstate[1]!.origin;
      });
      const [f] = expectCode(r, 'logic.shares_over_100');
      expect(f!.records).toEqual(['realEstate:e1', 'realEstate:e2']);
      expect(plain(f!.explanation.en)).toContain('150 %');
    });

    it('logic.date_after_year: an item dated after 31 December', () => {
      const r = check((i) => {
        i.declaration.content.spending[0]!.spentOn = '2025-01-15';
      });
      const [f] = expectCode(r, 'logic.date_after_year');
      expect(f).toMatchObject({ records: ['spending:s1'], amountTyiyn: 15_000_000 });
    });

    it('logic.unknown_owner: an item owned by someone who is not in the family', () => {
      const r = check((i) => {
        i.declaration.content.accounts[0]!.owner = 'r9';
      });
      const [f] = expectCode(r, 'logic.unknown_owner');
      expect(f!.records).toEqual(['accounts:a1']);
      expect(plain(f!.explanation.ky)).toContain('r9');
    });

    it('logic.no_salary: the declarant declares no salary', () => {
      const r = check((i) => {
        i.declaration.content.incomes[0]!.kind = 'business';
      });
      expectCode(r, 'logic.no_salary');
    });
  });

  describe('consistency with last year', () => {
    it('consistency.property_disappeared: a vehicle is gone with no sale income', () => {
      const r = check((i) => {
        i.declaration.content.vehicles = [];
      });
      const [f] = expectCode(r, 'consistency.property_disappeared');
      expect(f).toMatchObject({ records: ['previous:vehicles:v1'], amountTyiyn: 120_000_000 });
      const sold = check((i) => {
        const c = i.declaration.content;
        c.vehicles = [];
        c.incomes.push({
          id: 'i9',
          owner: 'r1',
          kind: 'property_sale',
          source: 'car sold',
          amount: som(1_000_000),
        });
        c.statedTotals = undefined;
      });
      expect(codes(sold)).not.toContain('consistency.property_disappeared');
    });

    it('matches items without registry id by kind and address', () => {
      const r = check((i) => {
        delete i.previous!.content.realEstate[0]!.registryId;
        const e = i.declaration.content.realEstate[0]!;
        e.address = '  бишкек ш., чүй пр., 1-үй, 10-батир ';
      });
      expect(codes(r)).not.toContain('consistency.property_disappeared');
    });

    it('consistency.property_changed: the same apartment with another price', () => {
      const r = check((i) => {
        i.declaration.content.realEstate[0]!.price = som(900_000);
      });
      const [f] = expectCode(r, 'consistency.property_changed');
      expect(f).toMatchObject({ severity: 'medium', amountTyiyn: 60_000_000 });
      expect(f!.records).toEqual(['realEstate:e1', 'previous:realEstate:e1']);
      expect(plain(f!.explanation.ru)).toContain('1 500 000 сом → 900 000 сом');
    });

    it('ignores a previous declaration that is not for the year before', () => {
      const r = check((i) => {
        i.previous!.year = 2021;
        i.declaration.content.vehicles = [];
      });
      expect(codes(r)).not.toContain('consistency.property_disappeared');
    });
  });

  describe('registry', () => {
    it('registry.undeclared_real_estate: the spouse owns a flat the declaration omits', () => {
      const r = check((i) => {
        i.registry.realEstate.push({
          registry: 'local',
          recordId: 'CAD-2',
          ownerPin: SPOUSE_PIN,
          kind: 'house',
          area: 180,
          address: 'Чолпон-Ата',
          sharePercent: 100,
          acquiredOn: '2020-07-01',
          price: { amount: '4500000', currency: 'KGS' },
        });
      });
      const [f] = expectCode(r, 'registry.undeclared_real_estate');
      expect(f).toMatchObject({
        severity: 'high',
        amountTyiyn: 450_000_000,
        records: ['registry:realEstate:CAD-2'],
      });
      expect(plain(f!.explanation.ky)).toContain('жубайы');
      expect(r.outcome).toBe('full_check');
    });

    it('registry.undeclared_vehicle: a registered car is not declared', () => {
      const r = check((i) => {
        i.registry.vehicles.push({
          registry: 'tunduk',
          recordId: 'VEH-2',
          ownerPin: DECLARANT_PIN,
          kind: 'car',
          make: 'Lexus',
          model: 'LX 570',
          yearMade: 2021,
          registrationNumber: '01KG777AAA',
          acquiredOn: '2022-02-02',
        });
      });
      const [f] = expectCode(r, 'registry.undeclared_vehicle');
      expect(plain(f!.explanation.en)).toContain('Lexus LX 570');
    });

    it('registry.undeclared_company: a founder role without a declared stake; directors need none', () => {
      const role = {
        registry: 'local' as const,
        recordId: 'ORG-5-F',
        personPin: SPOUSE_PIN,
        companyId: '07654321',
        companyName: 'Нур Строй',
        role: 'founder' as const,
        sharePercent: 40,
        since: '2019-01-01',
      };
      const r = check((i) => {
        i.registry.companyRoles.push(role, { ...role, recordId: 'ORG-5-O', role: 'owner' });
      });
      expect(expectCode(r, 'registry.undeclared_company')).toHaveLength(1);
      const declared = check((i) => {
        i.registry.companyRoles.push(role);
        i.declaration.content.securities.push({
          id: 'c1',
          owner: 'r1',
          kind: 'company_stake',
          issuer: 'Нур Строй',
          issuerId: '07654321',
          sharePercent: 40,
          value: som(100_000),
          country: 'KG',
        });
      });
      expect(declared.findings).toEqual([]);
    });

    it('registry.unknown_record: a declared registry id the registry does not know', () => {
      const r = check((i) => {
        i.declaration.content.vehicles[0]!.registryId = 'VEH-404';
        i.previous!.content.vehicles[0]!.registryId = 'VEH-404';
        i.registry.vehicles = [];
      });
      const [f] = expectCode(r, 'registry.unknown_record');
      expect(plain(f!.explanation.ru)).toContain('VEH-404');
    });

    it('registry.mismatch: the declared year made differs from the registry', () => {
      const r = check((i) => {
        i.declaration.content.vehicles[0]!.yearMade = 2016;
      });
      const [f] = expectCode(r, 'registry.mismatch');
      expect(f!.records).toEqual(['vehicles:v1', 'registry:vehicles:VEH-1']);
      expect(plain(f!.explanation.en)).toContain('year made: 2018 → 2016');
    });

    it('registry.mismatch: a car declared under the declarant that the registry gives the spouse', () => {
      const r = check((i) => {
        i.declaration.content.vehicles[0]!.owner = 'declarant';
      });
      const found = expectCode(r, 'registry.mismatch');
      expect(found).toHaveLength(1);
      expect(plain(found[0]!.explanation.en)).toContain('owner: spouse → the declarant');
      expect(codes(r)).not.toContain('registry.undeclared_vehicle');
    });

    it('registry.prefill_corrected: a corrected pre-filled area is kept as a finding, once', () => {
      const r = check((i) => {
        i.declaration.content.realEstate[0]!.area = 72.5;
      });
      const [f] = expectCode(r, 'registry.prefill_corrected');
      expect(f!.severity).toBe('low');
      expect(plain(f!.explanation.ru)).toContain('площадь: 60 → 72,5');
      expect(codes(r)).not.toContain('registry.mismatch');
    });

    it('registry.prefill_corrected: a pre-filled flat moved to the spouse is one finding', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.realEstate[0]!.owner = 'r1';
        c.realEstate[0]!.price = som(1_400_000);
        i.previous!.content.realEstate[0]!.price = som(1_400_000);
      });
      const [f] = expectCode(r, 'registry.prefill_corrected');
      expect(plain(f!.explanation.en)).toContain('owner: the declarant → spouse');
      expect(plain(f!.explanation.ru)).toContain('цена: 1 500 000 → 1 400 000');
      expect(codes(r)).toEqual(['registry.prefill_corrected']);
    });

    it('registry.prefill_corrected: a corrected address alone is info', () => {
      const r = check((i) => {
        i.declaration.content.realEstate[0]!.address = 'Бишкек ш., Чүй пр., 1, кв. 10';
      });
      expect(expectCode(r, 'registry.prefill_corrected')[0]!.severity).toBe('info');
      expect(r.score).toBe(0);
    });

    it('does not look for registry ids of items abroad or of relatives without a PIN', () => {
      const r = check((i) => {
        const v = i.declaration.content.vehicles[0]!;
        v.owner = 'r2';
        v.registryId = 'DE-CAR';
        v.country = '';
        i.previous!.content.vehicles[0]!.registryId = 'DE-CAR';
        i.registry.vehicles = [];
      });
      expect(codes(r)).not.toContain('registry.unknown_record');
    });
  });

  describe('balance', () => {
    it('balance.unexplained_wealth: growth + purchases - income - loans above the tolerance', () => {
      const r = check((i) => {
        i.declaration.content.spending.push({
          id: 's2',
          owner: 'r1',
          category: 'other',
          description: 'Той',
          amount: som(1_500_000),
          spentOn: '2024-09-01',
        });
      });
      // (300 000 - 250 000) + 150 000 + 1 500 000 - 1 800 000 - 0 = -100 000: explained.
      expect(codes(r)).not.toContain('balance.unexplained_wealth');

      const big = check((i) => {
        i.declaration.content.spending.push({
          id: 's2',
          owner: 'r1',
          category: 'other',
          description: 'Той',
          amount: som(2_400_000),
          spentOn: '2024-09-01',
        });
      });
      // 50 000 + 2 550 000 - 1 800 000 = 800 000 > max(100 000, 180 000); 800 000 <= 900 000: low.
      const [f] = expectCode(big, 'balance.unexplained_wealth');
      expect(f).toMatchObject({ severity: 'low', amountTyiyn: 80_000_000 });
      expect(f!.records).toEqual(['spending:s1', 'spending:s2', 'previous:declaration:d-2023']);
      expect(plain(f!.explanation.ru)).toContain('300 000 сом');
      expect(plain(f!.explanation.ru)).toContain('250 000 сом');
    });

    it('without last year, leaves the growth out and says so', () => {
      const r = check((i) => {
        i.previous = null;
        i.declaration.content.spending[0]!.amount = som(2_500_000);
      });
      // 2 500 000 - 1 800 000 = 700 000: low.
      const [f] = expectCode(r, 'balance.unexplained_wealth');
      expect(f!.amountTyiyn).toBe(70_000_000);
      expect(plain(f!.explanation.en)).toContain('no declaration for the year before');
    });

    it('new loans explain spending', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.spending[0]!.amount = som(2_500_000);
        c.liabilities[0]!.receivedInYear = som(1_000_000);
        c.liabilities[0]!.receivedOn = '2024-03-01';
      });
      expect(codes(r)).not.toContain('balance.unexplained_wealth');
    });

    it('counts a purchase written both as an acquired item and as spending once', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.vehicles.push({
          id: 'v2',
          owner: 'declarant',
          kind: 'car',
          make: 'Hyundai',
          model: 'Sonata',
          yearMade: 2023,
          country: 'KG',
          acquiredOn: '2024-04-01',
          price: som(1_500_000),
        });
        c.spending.push({
          id: 's2',
          owner: 'declarant',
          category: 'vehicle',
          description: 'Hyundai Sonata',
          amount: som(1_500_000),
          spentOn: '2024-04-01',
        });
      });
      // 50 000 + 150 000 + 1 500 000 (once) - 1 800 000 < 0: nothing unexplained.
      expect(codes(r)).not.toContain('balance.unexplained_wealth');
      expect(only(r, 'purchase.above_threshold').map((f) => f.records)).toEqual([['vehicles:v2']]);
    });
  });

  describe('purchases above the thresholds', () => {
    it('purchase.above_threshold: immovable above 2 000 000 som, movable above 1 000 000 som', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.realEstate.push({
          id: 'e2',
          owner: 'declarant',
          kind: 'non_residential',
          area: 40,
          address: 'Ош ш.',
          country: 'KG',
          sharePercent: 100,
          acquiredOn: '2024-05-05',
          price: som(2_100_000),
        });
        c.spending.push({
          id: 's2',
          owner: 'r1',
          category: 'movable',
          description: 'Зергер буюмдары',
          amount: som(1_000_000),
          spentOn: '2024-02-02',
        });
      });
      const found = expectCode(r, 'purchase.above_threshold');
      // The jewellery is at the threshold, not above it.
      expect(found.map((f) => f.records[0])).toEqual(['realEstate:e2']);
      expect(plain(found[0]!.explanation.ru)).toContain('2 000 000 сом');
      expect(found[0]!.severity).toBe('medium');
    });

    it('the browser-test story: a purchase above the threshold with too little income', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.incomes = [c.incomes[0]!];
        c.incomes[0]!.amount = som(600_000);
        c.statedTotals = undefined;
        c.realEstate.push({
          id: 'e2',
          owner: 'declarant',
          kind: 'apartment',
          area: 85,
          address: 'Бишкек ш.',
          country: 'KG',
          sharePercent: 100,
          acquiredOn: '2024-05-05',
          price: som(3_500_000),
        });
      });
      expect(r.outcome).toBe('full_check');
      // 3 650 000 spent against 600 000 of income: spending is also far above income and assets.
      expect(r.reasons.map((x) => x.code)).toEqual([
        'balance.unexplained_wealth',
        'ratio.spending_vs_income',
        'purchase.above_threshold',
      ]);
      expect(r.reasons[0]).toMatchObject({ severity: 'high', points: 60 });
    });
  });

  describe('ratio flags', () => {
    it('ratio.monetary_assets_vs_income: savings above ten years of income', () => {
      const r = check((i) => {
        i.declaration.content.accounts[0]!.balance = som(19_000_000);
        i.previous!.content.accounts[0]!.balance = som(19_000_000);
      });
      const [f] = expectCode(r, 'ratio.monetary_assets_vs_income');
      expect(f).toMatchObject({ severity: 'medium', amountTyiyn: 1_900_000_000 });
    });

    it('ratio.spending_vs_income: spending above three times income and assets', () => {
      const r = check((i) => {
        i.declaration.content.spending[0]!.amount = som(7_000_000);
      });
      expectCode(r, 'ratio.spending_vs_income');
    });

    it('ratio.liabilities_vs_income_assets: debts above twice income and assets', () => {
      const r = check((i) => {
        i.declaration.content.liabilities[0]!.outstanding = som(4_300_000);
      });
      expectCode(r, 'ratio.liabilities_vs_income_assets');
    });

    it('ratio.large_cash: cash above the threshold', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.accounts.push({
          id: 'a2',
          owner: 'r1',
          kind: 'cash',
          institution: '',
          country: 'KG',
          balance: som(1_200_000),
        });
        i.previous!.content.accounts.push({ ...c.accounts[1]! });
      });
      const [f] = expectCode(r, 'ratio.large_cash');
      expect(plain(f!.explanation.ky)).toContain('1 200 000 сом');
    });

    it('ratio.gifts_prizes_share: gifts and prizes are most of what the family received', () => {
      const r = check((i) => {
        const c = i.declaration.content;
        c.incomes.push({
          id: 'i3',
          owner: 'r1',
          kind: 'prize',
          source: 'Лотерея',
          amount: som(6_000_000),
        });
        c.statedTotals = undefined;
      });
      expectCode(r, 'ratio.gifts_prizes_share');
    });

    it('ratio.zero_price_property: land acquired this year for nothing, no gift or inheritance', () => {
      const land = {
        id: 'e2',
        owner: 'r1',
        kind: 'land' as const,
        area: 600,
        address: 'Ысык-Ата р.',
        country: 'KG',
        sharePercent: 100,
        acquiredOn: '2024-05-05',
        price: null,
      };
      const r = check((i) => {
        i.declaration.content.realEstate.push(land);
      });
      expectCode(r, 'ratio.zero_price_property');
      const inherited = check((i) => {
        const c = i.declaration.content;
        c.realEstate.push(land);
        c.incomes.push({
          id: 'i3',
          owner: 'r1',
          kind: 'inheritance',
          source: 'ата',
          amount: som(0),
        });
      });
      expect(codes(inherited)).not.toContain('ratio.zero_price_property');
    });

    it('ratio.house_without_land: a house and no land plot in the family', () => {
      const house = {
        id: 'e2',
        owner: 'declarant',
        kind: 'house' as const,
        area: 120,
        address: 'Кара-Балта',
        country: 'KG',
        sharePercent: 100,
        acquiredOn: '2010-01-01',
        price: som(800_000),
      };
      const r = check((i) => {
        i.declaration.content.realEstate.push(house);
        i.previous!.content.realEstate.push(house);
      });
      expectCode(r, 'ratio.house_without_land');
      const withLand = check((i) => {
        const land = { ...house, id: 'e3', kind: 'land' as const, area: 800 };
        i.declaration.content.realEstate.push(house, land);
        i.previous!.content.realEstate.push(house, land);
      });
      expect(codes(withLand)).not.toContain('ratio.house_without_land');
    });

    it('ratio.luxury_vehicle: a luxury make (low) or a price above the threshold (medium)', () => {
      const byMake = check((i) => {
        i.declaration.content.vehicles[0]!.make = ' porsche ';
      });
      expect(expectCode(byMake, 'ratio.luxury_vehicle')[0]!.severity).toBe('low');
      const byPrice = check((i) => {
        i.declaration.content.vehicles[0]!.price = som(6_000_000);
        i.previous!.content.vehicles[0]!.price = som(6_000_000);
      });
      expect(expectCode(byPrice, 'ratio.luxury_vehicle')[0]!.severity).toBe('medium');
    });

    it('ratio.foreign_assets: an account abroad', () => {
      const r = check((i) => {
        i.declaration.content.accounts[0]!.country = 'KZ';
      });
      const [f] = expectCode(r, 'ratio.foreign_assets');
      expect(f).toMatchObject({ records: ['accounts:a1'], amountTyiyn: 30_000_000 });
    });

    it('ratio.non_bank_loans: a loan from a private person above the threshold', () => {
      const r = check((i) => {
        i.declaration.content.liabilities.push({
          id: 'l2',
          owner: 'declarant',
          creditor: 'Жеке адам',
          creditorKind: 'individual',
          outstanding: som(0),
          receivedInYear: som(800_000),
          receivedOn: '2024-02-01',
        });
      });
      const [f] = expectCode(r, 'ratio.non_bank_loans');
      expect(f!.amountTyiyn).toBe(80_000_000);
    });

    it('ratio.relative_refused: a relative refused to give information', () => {
      const r = check((i) => {
        i.declaration.content.relatives[0]!.refusedToProvide = true;
      });
      const [f] = expectCode(r, 'ratio.relative_refused');
      expect(f!.records).toEqual(['relatives:r1']);
    });
  });

  it('has a test above for every finding code', () => {
    expect([...fired].sort()).toEqual([...FINDING_CODES].sort());
  });
});
