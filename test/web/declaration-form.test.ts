import { describe, expect, it } from 'vitest';
import * as server from '../../src/modules/declarations/content.ts';
import { validateContent } from '../../src/modules/declarations/validate.ts';
import { ApiError } from '../../web/src/api/ApiError.ts';
import { en } from '../../web/src/i18n/en.ts';
import { ky } from '../../web/src/i18n/ky.ts';
import { ru } from '../../web/src/i18n/ru.ts';
import { OPTION_LISTS, SECTION_FIELDS } from '../../web/src/pages/declarations/form/fields.ts';
import {
  blankItem,
  CURRENCIES,
  SECTIONS,
  type SectionKey,
} from '../../web/src/pages/declarations/form/model.ts';
import {
  keyProblems,
  PROBLEM_REASONS,
  refusedProblems,
} from '../../web/src/pages/declarations/form/problems.ts';
import { sumByCurrency } from '../../web/src/pages/declarations/form/totals.ts';

const ITEM_SCHEMAS: Record<SectionKey, { shape: Record<string, unknown> }> = {
  relatives: server.relative,
  incomes: server.income,
  realEstate: server.realEstate,
  vehicles: server.vehicle,
  accounts: server.account,
  securities: server.security,
  liabilities: server.liability,
  loansGiven: server.loanGiven,
  spending: server.spending,
  gifts: server.gift,
};

const withOne = (section: SectionKey, item: object) => ({ [section]: [item] });

describe('the declarant form follows the server', () => {
  it('has a field for every value of every item the declaration content defines', () => {
    for (const section of SECTIONS) {
      const schemaKeys = Object.keys(ITEM_SCHEMAS[section].shape).filter(
        (k) => k !== 'id' && k !== 'origin',
      );
      const formKeys = SECTION_FIELDS[section].map((f) => f.name);
      expect(new Set(formKeys), section).toEqual(new Set(schemaKeys));
    }
  });

  it('offers exactly the server option lists', () => {
    expect(OPTION_LISTS.relations).toEqual(server.RELATIONS);
    expect(OPTION_LISTS.incomeKinds).toEqual(server.INCOME_KINDS);
    expect(OPTION_LISTS.realEstateKinds).toEqual(server.REAL_ESTATE_KINDS);
    expect(OPTION_LISTS.vehicleKinds).toEqual(server.VEHICLE_KINDS);
    expect(OPTION_LISTS.accountKinds).toEqual(server.ACCOUNT_KINDS);
    expect(OPTION_LISTS.securityKinds).toEqual(server.SECURITY_KINDS);
    expect(OPTION_LISTS.creditorKinds).toEqual(server.CREDITOR_KINDS);
    expect(OPTION_LISTS.spendingCategories).toEqual(server.SPENDING_CATEGORIES);
  });

  it('adds blank items the server stores as a draft, each refused only for what is left to fill', () => {
    for (const section of SECTIONS) {
      const content = server.declarationContent.parse(
        withOne(section, blankItem(section, `${section}-1`)),
      );
      const problems = validateContent(content, {
        year: 2025,
        today: '2026-03-01',
        currencies: new Set(CURRENCIES),
      });
      expect(problems.length, section).toBeGreaterThan(0);
      for (const p of problems) {
        expect(['required', 'area_range', 'year_made_range'], p.path.join('.')).toContain(p.reason);
      }
    }
  });
});

describe('problems beside their fields', () => {
  it('ties each problem to its item by id, not by position', () => {
    const content = server.declarationContent.parse({
      incomes: [blankItem('incomes', 'salary'), blankItem('incomes', 'rent')],
    });
    const keyed = keyProblems(content, [
      { path: ['incomes', 1, 'amount', 'amount'], reason: 'required' },
      { path: ['statedTotals', 'income'], reason: 'amount_invalid' },
      { path: ['incomes', 0, 'owner'], reason: 'something_new' as never },
    ]);
    expect(keyed).toEqual([
      { section: 'incomes', itemId: 'rent', field: 'amount.amount', reason: 'required' },
      { section: null, itemId: null, field: 'statedTotals.income', reason: 'amount_invalid' },
      { section: 'incomes', itemId: 'salary', field: 'owner', reason: null },
    ]);
  });

  it('reads the problems of a refused submission and nothing else', () => {
    const problems = [{ path: ['gifts', 0, 'value', 'currency'], reason: 'currency_unknown' }];
    expect(
      refusedProblems(new ApiError(400, 'declaration_invalid', 'refused', { problems })),
    ).toEqual(problems);
    expect(refusedProblems(new ApiError(409, 'transition_refused', 'no'))).toBeNull();
    expect(refusedProblems(new Error('network'))).toBeNull();
  });
});

describe('section totals', () => {
  it('adds amounts exactly per currency, som first, leaving out what is not an amount yet', () => {
    const items = [
      { id: 'a', amount: { amount: '0.10', currency: 'USD' } },
      { id: 'b', amount: { amount: '0.20', currency: 'USD' } },
      { id: 'c', amount: { amount: '1500', currency: 'KGS' } },
      { id: 'd', amount: { amount: '12,5', currency: 'KGS' } },
      { id: 'e', amount: null },
      { id: 'f', amount: { amount: '99999999999999.99', currency: 'KGS' } },
    ];
    expect(sumByCurrency(items, 'amount')).toEqual([
      { amount: '100000000001499.99', currency: 'KGS' },
      { amount: '0.30', currency: 'USD' },
    ]);
  });
});

describe('labels in every language', () => {
  const get = (messages: object, path: string) =>
    path
      .split('.')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        messages,
      );

  it('names every section, field, option, reason and registry in ky, ru and en', () => {
    const keys: string[] = [];
    for (const section of SECTIONS) {
      for (const part of ['title', 'item', 'add', 'hint']) keys.push(`sections.${section}.${part}`);
      for (const field of SECTION_FIELDS[section]) {
        keys.push(`fields.${section}.${field.name}`);
        if ('hint' in field && field.hint) keys.push(`fields.${section}.${field.name}Hint`);
      }
    }
    for (const [list, values] of Object.entries(OPTION_LISTS)) {
      for (const value of values) keys.push(`options.${list}.${value}`);
    }
    for (const reason of [...PROBLEM_REASONS, 'other']) keys.push(`reasons.${reason}`);
    for (const registry of ['local', 'tunduk']) keys.push(`registries.${registry}`);

    for (const [lang, messages] of Object.entries({ ky, ru, en })) {
      const missing = keys.filter((k) => typeof get(messages.declarationForm, k) !== 'string');
      expect(missing, lang).toEqual([]);
    }
  });
});
