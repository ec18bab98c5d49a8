import { describe, expect, it } from 'vitest';
import {
  type DeclarationContent,
  declarationContent,
  emptyContent,
  MAX_ITEMS_PER_SECTION,
} from '../content.ts';
import { prefillDraft } from './prefill.ts';
import type { RegistryRecords } from './records.ts';

const ME = '21204198500123';
const SPOUSE = '11507198700456';
const STRANGER = '10101199000999';

const owners = new Map([
  [ME, 'declarant'],
  [SPOUSE, 'rel-1'],
]);

const records: RegistryRecords = {
  realEstate: [
    {
      registry: 'local',
      recordId: 'SYN-1-04-10-0003-0043-012',
      ownerPin: ME,
      kind: 'apartment',
      area: 84.5,
      address: 'г. Бишкек, ул. Ахунбаева, д. 101, кв. 12',
      sharePercent: 50,
      acquiredOn: '2019-05-14',
      price: { amount: '6500000.00', currency: 'KGS' },
    },
    // The same apartment, the spouse's half.
    {
      registry: 'local',
      recordId: 'SYN-1-04-10-0003-0043-012',
      ownerPin: SPOUSE,
      kind: 'apartment',
      area: 84.5,
      address: 'г. Бишкек, ул. Ахунбаева, д. 101, кв. 12',
      sharePercent: 50,
      acquiredOn: '2019-05-14',
      price: null,
    },
    {
      registry: 'local',
      recordId: 'SYN-8-01-01-0001-0001',
      ownerPin: STRANGER,
      kind: 'house',
      area: 200,
      address: 'с. Кой-Таш',
      sharePercent: 100,
      acquiredOn: '2010-01-01',
      price: null,
    },
  ],
  vehicles: [
    {
      registry: 'local',
      recordId: 'SYN-JTMHV05J604123456',
      ownerPin: SPOUSE,
      kind: 'car',
      make: 'Toyota',
      model: 'Camry',
      yearMade: 2018,
      registrationNumber: '01KG123ABC',
      acquiredOn: '2020-02-10',
    },
  ],
  companyRoles: [
    {
      registry: 'local',
      recordId: 'SYN-LE-000001',
      personPin: ME,
      companyId: 'SYN-01234567890123',
      companyName: 'ОсОО «Нур Трейд»',
      role: 'founder',
      sharePercent: 50,
      since: '2015-01-20',
    },
    {
      registry: 'local',
      recordId: 'SYN-LE-000002',
      personPin: ME,
      companyId: 'SYN-01234567890123',
      companyName: 'ОсОО «Нур Трейд»',
      role: 'director',
      sharePercent: null,
      since: '2015-01-20',
    },
  ],
};

const draftWithSpouse = (): DeclarationContent =>
  declarationContent.parse({
    relatives: [
      { id: 'rel-1', relation: 'spouse', fullName: 'Айгуль', pin: SPOUSE, birthDate: '1987-07-15' },
    ],
  });

/** Freezes everything, so a write to the input fails the test. */
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe('registry pre-fill', () => {
  it('adds what the registries hold, marked with its origin and unconfirmed', () => {
    const { content, added, leftOut } = prefillDraft(draftWithSpouse(), records, owners);
    expect({ added, leftOut }).toEqual({ added: 4, leftOut: 0 });
    expect(content.realEstate).toEqual([
      {
        id: 're-SYN-1-04-10-0003-0043-012',
        owner: 'declarant',
        kind: 'apartment',
        area: 84.5,
        address: 'г. Бишкек, ул. Ахунбаева, д. 101, кв. 12',
        country: 'KG',
        sharePercent: 50,
        acquiredOn: '2019-05-14',
        price: { amount: '6500000.00', currency: 'KGS' },
        registryId: 'SYN-1-04-10-0003-0043-012',
        origin: {
          registry: 'local',
          recordId: 'SYN-1-04-10-0003-0043-012',
          confirmed: false,
          original: {
            owner: 'declarant',
            kind: 'apartment',
            area: 84.5,
            address: 'г. Бишкек, ул. Ахунбаева, д. 101, кв. 12',
            sharePercent: 50,
            acquiredOn: '2019-05-14',
            'price.amount': '6500000.00',
            'price.currency': 'KGS',
          },
        },
      },
      expect.objectContaining({
        id: 're-SYN-1-04-10-0003-0043-012-2',
        owner: 'rel-1',
        price: null,
        origin: expect.objectContaining({
          original: expect.objectContaining({ owner: 'rel-1', 'price.amount': null }),
        }),
      }),
    ]);
    expect(content.vehicles).toEqual([
      expect.objectContaining({
        id: 've-SYN-JTMHV05J604123456',
        owner: 'rel-1',
        make: 'Toyota',
        model: 'Camry',
        registrationNumber: '01KG123ABC',
        country: 'KG',
        price: null,
        registryId: 'SYN-JTMHV05J604123456',
      }),
    ]);
    // Founder -> a company stake; the same person's director role adds nothing.
    expect(content.securities).toEqual([
      {
        id: 'co-SYN-LE-000001',
        owner: 'declarant',
        kind: 'company_stake',
        issuer: 'ОсОО «Нур Трейд»',
        issuerId: 'SYN-01234567890123',
        sharePercent: 50,
        value: { amount: '', currency: 'KGS' },
        country: 'KG',
        origin: {
          registry: 'local',
          recordId: 'SYN-LE-000001',
          confirmed: false,
          original: {
            owner: 'declarant',
            issuer: 'ОсОО «Нур Трейд»',
            issuerId: 'SYN-01234567890123',
            sharePercent: 50,
          },
        },
      },
    ]);
    // The result is still a valid draft shape.
    expect(declarationContent.safeParse(content).success).toBe(true);
  });

  it('is pure: the draft and the records passed in are not changed', () => {
    const draft = deepFreeze(draftWithSpouse());
    const frozen = deepFreeze(structuredClone(records));
    const before = JSON.stringify(draft);
    const a = prefillDraft(draft, frozen, owners);
    const b = prefillDraft(draft, frozen, owners);
    expect(JSON.stringify(draft)).toBe(before);
    expect(a).toEqual(b);
  });

  it('adds nothing on a second pre-fill', () => {
    const first = prefillDraft(draftWithSpouse(), records, owners);
    const second = prefillDraft(first.content, records, owners);
    expect(second.added).toBe(0);
    expect(second.content).toEqual(first.content);
  });

  it("keeps the declarant's corrections and does not add back what they correspond to", () => {
    const first = prefillDraft(draftWithSpouse(), records, owners).content;
    const corrected: DeclarationContent = {
      ...first,
      realEstate: first.realEstate.map((i) =>
        i.owner === 'declarant'
          ? { ...i, area: 80, owner: 'rel-1', origin: { ...i.origin!, confirmed: true } }
          : i,
      ),
      vehicles: first.vehicles.map((v) => ({ ...v, registryId: 'typed over', model: 'Camry 70' })),
      securities: first.securities.map((s) => ({
        ...s,
        value: { amount: '50000.00', currency: 'KGS' },
      })),
    };
    const again = prefillDraft(corrected, records, owners);
    expect(again.added).toBe(0);
    expect(again.content).toEqual(corrected);
  });

  it('does not duplicate what the declarant typed with the same registry id or company', () => {
    const draft = draftWithSpouse();
    draft.realEstate.push({
      id: 'mine',
      owner: 'declarant',
      kind: 'apartment',
      area: 85,
      address: 'Ахунбаева 101-12',
      country: 'KG',
      sharePercent: 50,
      acquiredOn: '2019-05-01',
      price: null,
      registryId: 'SYN-1-04-10-0003-0043-012',
    });
    draft.securities.push({
      id: 'stake',
      owner: 'declarant',
      kind: 'shares',
      issuer: 'Нур Трейд',
      issuerId: 'SYN-01234567890123',
      sharePercent: 50,
      value: { amount: '100000', currency: 'KGS' },
      country: 'KG',
    });
    const { content, added } = prefillDraft(draft, records, owners);
    // Only the spouse's half of the apartment and the spouse's car are new.
    expect(added).toBe(2);
    expect(content.realEstate.map((i) => [i.id, i.owner])).toEqual([
      ['mine', 'declarant'],
      ['re-SYN-1-04-10-0003-0043-012', 'rel-1'],
    ]);
    expect(content.realEstate[0]).toBe(draft.realEstate[0]);
    expect(content.securities).toEqual(draft.securities);
  });

  it('ignores records about people not in the declaration', () => {
    const { content } = prefillDraft(emptyContent(), records, new Map([[ME, 'declarant']]));
    expect(content.realEstate.map((i) => i.owner)).toEqual(['declarant']);
    expect(content.vehicles).toEqual([]);
  });

  it('keeps ids within 40 characters for long record ids', () => {
    const long = 'KG-CADASTRE-0000000000000000000000000000000000000001';
    const { content } = prefillDraft(
      emptyContent(),
      {
        ...records,
        realEstate: [{ ...records.realEstate[0]!, recordId: long }],
        vehicles: [],
        companyRoles: [],
      },
      owners,
    );
    expect(content.realEstate[0]!.id.length).toBeLessThanOrEqual(40);
    expect(content.realEstate[0]!.id).toMatch(/^re-KG-CADASTRE-00000000-[0-9a-f]{8}$/);
    expect(content.realEstate[0]!.registryId).toBe(long);
  });

  it('stops at the section limit and says how many did not fit', () => {
    const many: RegistryRecords = {
      realEstate: Array.from({ length: MAX_ITEMS_PER_SECTION + 5 }, (_, i) => ({
        ...records.realEstate[0]!,
        recordId: `SYN-${i}`,
      })),
      vehicles: [],
      companyRoles: [],
    };
    const { content, added, leftOut } = prefillDraft(emptyContent(), many, owners);
    expect({ added, leftOut, length: content.realEstate.length }).toEqual({
      added: MAX_ITEMS_PER_SECTION,
      leftOut: 5,
      length: MAX_ITEMS_PER_SECTION,
    });
  });
});
