import { describe, expect, it } from 'vitest';
import {
  type DealingExportRow,
  ftmDealing,
  ftmOrganisation,
  ftmPerson,
  ftmRelation,
  type RelationExportRow,
} from './ftm.ts';

/** A relation with nothing optional set; each case fills in what it needs. */
const relation = (over: Partial<RelationExportRow>): RelationExportRow => ({
  id: 'r1',
  kind: 'family',
  degree: null,
  sharePercent: null,
  role: null,
  fromPersonId: null,
  fromOrganisationId: null,
  toPersonId: null,
  toOrganisationId: null,
  validFrom: null,
  validUntil: null,
  source: 'registry',
  sourceRef: 'record 7',
  ...over,
});

const dealing = (over: Partial<DealingExportRow>): DealingExportRow => ({
  id: 'd1',
  kind: 'contract',
  organisationId: 'ministry',
  counterpartyOrganisationId: 'supplier',
  counterpartyPersonId: null,
  title: 'Road repair',
  amountTyiyn: 123_456_789,
  dealtOn: '2024-03-15',
  source: 'procurement',
  reference: 'ocds-abc-001',
  ...over,
});

describe('FtM export', () => {
  it('maps people and organisations to Person, Company, PublicBody and Organization', () => {
    expect(
      ftmPerson({
        id: 'p1',
        fullName: 'Asel Usenova',
        birthDate: '1980-02-03',
        pin: '21234',
        synthetic: true,
      }),
    ).toEqual({
      id: 'akniet-person-p1',
      schema: 'Person',
      properties: {
        name: ['Asel Usenova'],
        birthDate: ['1980-02-03'],
        idNumber: ['21234'],
        country: ['kg'],
        notes: ['Synthetic demo data'],
      },
    });
    const org = (kind: string) =>
      ftmOrganisation({ id: 'o1', kind, name: 'X', registrationNumber: '123', synthetic: false });
    expect(org('company').schema).toBe('Company');
    expect(org('state_body').schema).toBe('PublicBody');
    expect(org('state_organisation').schema).toBe('Organization');
    expect(org('company').properties).toEqual({
      name: ['X'],
      registrationNumber: ['123'],
      jurisdiction: ['kg'],
    });
  });

  it('maps a family relation to Family, with the degree as relationship', () => {
    const e = ftmRelation(
      relation({
        kind: 'family',
        degree: 'spouse',
        fromPersonId: 'p1',
        toPersonId: 'p2',
        validFrom: '2010-06-01',
        source: 'declaration',
      }),
    );
    expect(e).toEqual({
      id: 'akniet-rel-r1',
      schema: 'Family',
      properties: {
        person: ['akniet-person-p1'],
        relative: ['akniet-person-p2'],
        relationship: ['spouse'],
        startDate: ['2010-06-01'],
        publisher: ['Akniet (declaration)'],
        summary: ['record 7'],
      },
    });
  });

  it('maps a directorship to Directorship of the organisation', () => {
    const e = ftmRelation(
      relation({
        kind: 'director',
        fromPersonId: 'p1',
        toOrganisationId: 'c1',
        validUntil: '2023-12-31',
      }),
    );
    expect(e.schema).toBe('Directorship');
    expect(e.properties).toMatchObject({
      director: ['akniet-person-p1'],
      organization: ['akniet-org-c1'],
      role: ['director'],
      endDate: ['2023-12-31'],
    });
  });

  it('maps an ownership to Ownership with the share as percentage', () => {
    const e = ftmRelation(
      relation({ kind: 'owner', fromPersonId: 'p1', toOrganisationId: 'c1', sharePercent: 33.33 }),
    );
    expect(e.schema).toBe('Ownership');
    expect(e.properties).toMatchObject({
      owner: ['akniet-person-p1'],
      asset: ['akniet-org-c1'],
      percentage: ['33.33'],
      role: ['owner'],
    });
    // A company can own a company too: Ownership.owner has range LegalEntity.
    const founder = ftmRelation(
      relation({
        kind: 'founder',
        fromOrganisationId: 'c2',
        toOrganisationId: 'c1',
        sharePercent: 100,
      }),
    );
    expect(founder.schema).toBe('Ownership');
    expect(founder.properties).toMatchObject({
      owner: ['akniet-org-c2'],
      percentage: ['100'],
      role: ['founder'],
    });
  });

  it('maps an employment to Employment of a person by an organisation', () => {
    const e = ftmRelation(
      relation({
        kind: 'employment',
        role: 'Chief specialist',
        fromPersonId: 'p1',
        toOrganisationId: 'b1',
      }),
    );
    expect(e.schema).toBe('Employment');
    expect(e.properties).toMatchObject({
      employee: ['akniet-person-p1'],
      employer: ['akniet-org-b1'],
      role: ['Chief specialist'],
    });
  });

  it('maps associations and subordination, and ends outside a schema range, to links', () => {
    expect(
      ftmRelation(relation({ kind: 'friendship', fromPersonId: 'p1', toPersonId: 'p2' })),
    ).toMatchObject({
      schema: 'Associate',
      properties: {
        person: ['akniet-person-p1'],
        associate: ['akniet-person-p2'],
        relationship: ['friendship'],
      },
    });
    expect(
      ftmRelation(relation({ kind: 'subordination', fromPersonId: 'p1', toPersonId: 'p2' })),
    ).toMatchObject({
      schema: 'UnknownLink',
      properties: {
        subject: ['akniet-person-p1'],
        object: ['akniet-person-p2'],
        role: ['subordinate of'],
      },
    });
    // Directorship.organization, Ownership.asset and Employment.employer cannot be a Person.
    for (const kind of ['director', 'owner', 'employment']) {
      expect(ftmRelation(relation({ kind, fromPersonId: 'p1', toPersonId: 'p2' }))).toMatchObject({
        schema: 'UnknownLink',
        properties: { subject: ['akniet-person-p1'], object: ['akniet-person-p2'], role: [kind] },
      });
    }
    // Family and Associate link two people only.
    expect(
      ftmRelation(relation({ kind: 'family', fromPersonId: 'p1', toOrganisationId: 'c1' })).schema,
    ).toBe('UnknownLink');
  });

  it('maps a contract to a Contract of the authority and a ContractAward to the supplier', () => {
    const [contract, award] = ftmDealing(dealing({ kind: 'contract' }));
    expect(contract).toEqual({
      id: 'akniet-deal-d1',
      schema: 'Contract',
      properties: {
        title: ['Road repair'],
        name: ['Road repair'],
        authority: ['akniet-org-ministry'],
        amount: ['1234567.89'],
        currency: ['KGS'],
        contractDate: ['2024-03-15'],
        procedureNumber: ['ocds-abc-001'],
      },
    });
    expect(award).toEqual({
      id: 'akniet-award-d1',
      schema: 'ContractAward',
      properties: {
        contract: ['akniet-deal-d1'],
        supplier: ['akniet-org-supplier'],
        amount: ['1234567.89'],
        currency: ['KGS'],
        date: ['2024-03-15'],
      },
    });
  });

  it('maps a funding to a Payment from the body to the beneficiary', () => {
    const entities = ftmDealing(
      dealing({
        kind: 'funding',
        counterpartyOrganisationId: null,
        counterpartyPersonId: 'p9',
        title: 'Grant',
        amountTyiyn: 50_000,
      }),
    );
    expect(entities).toEqual([
      {
        id: 'akniet-deal-d1',
        schema: 'Payment',
        properties: {
          payer: ['akniet-org-ministry'],
          beneficiary: ['akniet-person-p9'],
          amount: ['500.00'],
          currency: ['KGS'],
          date: ['2024-03-15'],
          purpose: ['Grant'],
          sequenceNumber: ['ocds-abc-001'],
        },
      },
    ]);
  });

  it('maps a decision to an UnknownLink', () => {
    expect(ftmDealing(dealing({ kind: 'decision', title: 'Licence' }))).toMatchObject([
      {
        schema: 'UnknownLink',
        properties: {
          subject: ['akniet-org-ministry'],
          object: ['akniet-org-supplier'],
          role: ['decision'],
          summary: ['Licence (ocds-abc-001)'],
          date: ['2024-03-15'],
        },
      },
    ]);
  });

  it('drops empty values instead of writing empty lists or strings', () => {
    const person = ftmPerson({
      id: 'p1',
      fullName: 'A',
      birthDate: null,
      pin: '',
      synthetic: false,
    });
    expect(person.properties).toEqual({ name: ['A'], country: ['kg'] });

    const employment = ftmRelation(
      relation({ kind: 'employment', fromPersonId: 'p1', toOrganisationId: 'b1' }),
    );
    expect(Object.keys(employment.properties).sort()).toEqual(
      ['employee', 'employer', 'publisher', 'summary'].sort(),
    );

    const [contract, award] = ftmDealing(dealing({ amountTyiyn: null }));
    for (const e of [contract!, award!]) {
      expect(e.properties).not.toHaveProperty('amount');
      for (const values of Object.values(e.properties)) {
        expect(values.length).toBe(1);
        expect(values[0]).not.toBe('');
      }
    }
  });
});
