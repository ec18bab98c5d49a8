import { describe, expect, it } from 'vitest';
import * as server from '../../src/modules/integrity/interests/content.ts';
import { ApiError } from '../../web/src/api/ApiError.ts';
import { en } from '../../web/src/i18n/en.ts';
import { ky } from '../../web/src/i18n/ky.ts';
import { ru } from '../../web/src/i18n/ru.ts';
import {
  blankItem,
  emptyForm,
  type FormState,
  INTEREST_SECTIONS,
  type InterestSection,
  OPTION_LISTS,
  SECTION_FIELDS,
  toRequest,
} from '../../web/src/pages/integrity/declarant/interestModel.ts';
import {
  PROBLEM_REASONS,
  refusedProblems,
} from '../../web/src/pages/integrity/declarant/interestProblems.ts';

const ITEM_SCHEMAS: Record<InterestSection, { shape: Record<string, unknown> }> = {
  relatives: server.interestRelative,
  companies: server.companyInterest,
  paidActivities: server.paidActivity,
  associations: server.declaredAssociation,
};

const lookup = (messages: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);

const filled = (): FormState => {
  const form = emptyForm('Министрдин орун басары');
  form.effectiveOn = '2024-03-01';
  form.content.relatives = [
    {
      ...blankItem('relatives', 'r1'),
      fullName: 'Асанова Айгүл Бакытовна',
      birthDate: '1980-05-02',
    },
  ];
  form.content.companies = [
    { ...blankItem('companies', 'c1'), holder: 'r1', companyName: 'Ала-Тоо Курулуш ЖЧК' },
  ];
  form.content.paidActivities = [
    { ...blankItem('paidActivities', 'p1'), organisation: 'КУУ', activity: 'Сабак берүү' },
  ];
  form.content.associations = [{ ...blankItem('associations', 'a1'), name: 'Бекмурат Ж.' }];
  return form;
};

describe('the private-interest form follows the server', () => {
  it('has a field for every value of every item the content defines', () => {
    for (const section of INTEREST_SECTIONS) {
      const schemaKeys = Object.keys(ITEM_SCHEMAS[section].shape).filter((k) => k !== 'id');
      const formKeys = SECTION_FIELDS[section].map((f) => f.name);
      expect(new Set(formKeys), section).toEqual(new Set(schemaKeys));
    }
  });

  it('offers exactly the server option lists', () => {
    expect(OPTION_LISTS.degrees).toEqual(server.INTEREST_DEGREES);
    expect(OPTION_LISTS.companyRoles).toEqual(server.INTEREST_COMPANY_ROLES);
    expect(OPTION_LISTS.associationKinds).toEqual(server.ASSOCIATION_KINDS);
  });

  it('sends a filled form the content schema accepts, optional blanks left out', () => {
    const sent = toRequest(filled());
    const parsed = server.interestDeclarationContent.safeParse(sent.content);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(sent.content.relatives[0]).not.toHaveProperty('pin');
    expect(sent.content.companies[0]).not.toHaveProperty('sharePercent');
  });

  it('has every label, option and reason in Kyrgyz, Russian and English', () => {
    const keys: string[] = [];
    for (const section of INTEREST_SECTIONS) {
      keys.push(`myConflicts.form.sections.${section}.title`);
      for (const spec of SECTION_FIELDS[section]) {
        keys.push(`myConflicts.form.fields.${section}.${spec.name}`);
        if ('hint' in spec && spec.hint)
          keys.push(`myConflicts.form.fields.${section}.${spec.name}Hint`);
      }
    }
    for (const [list, values] of Object.entries(OPTION_LISTS)) {
      for (const value of values) keys.push(`conflictTerms.${list}.${value}`);
    }
    for (const reason of PROBLEM_REASONS) keys.push(`myConflicts.form.reasons.${reason}`);
    for (const messages of [ky, ru, en]) {
      const missing = keys.filter((key) => typeof lookup(messages, key) !== 'string');
      expect(missing).toEqual([]);
    }
  });
});

describe('refusals land beside their fields', () => {
  it('reads the schema validation paths and names the reason by the field', () => {
    const form = filled();
    form.content.relatives[0]!.pin = '12345';
    const error = new ApiError(400, 'validation_failed', 'x', [
      { where: 'body', path: '/content/relatives/0/pin', message: 'a PIN has 14 digits' },
      { where: 'body', path: '/post', message: 'too small' },
    ]);
    form.post = '';
    expect(refusedProblems(error, form)).toEqual([
      { section: 'relatives', itemId: 'r1', field: 'pin', reason: 'pin_format' },
      { section: 'general', itemId: null, field: 'post', reason: 'required' },
    ]);
  });

  it('keeps the reasons the server names, and ignores refusals that are not about values', () => {
    const form = filled();
    const error = new ApiError(400, 'interest_declaration_invalid', 'x', {
      problems: [{ path: ['content', 'companies', 0, 'holder'], reason: 'holder_unknown' }],
    });
    expect(refusedProblems(error, form)).toEqual([
      { section: 'companies', itemId: 'c1', field: 'holder', reason: 'holder_unknown' },
    ]);
    expect(refusedProblems(new ApiError(409, 'not_a_declarant', 'x'), form)).toBeNull();
  });
});
