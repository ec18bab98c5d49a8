import type { RegistryRecords } from '../registry/records.ts';
import type { SubmittedContent, SubmittedMoney } from '../submitted.ts';
import type { CheckInput, DeclarationForCheck } from './types.ts';

/**
 * Small declarations for the checks' tests and the benchmark: a clean family (no finding at all)
 * that each test changes in one place to make one rule fire.
 */
export const DECLARANT_PIN = '21234567890123';
export const SPOUSE_PIN = '11234567890124';

/** Som in KGS as a submitted amount: som(1500) is 1 500 som = 150 000 tyiyn. */
export function som(value: number, currency = 'KGS'): SubmittedMoney {
  return { amount: String(value), currency, som: Math.round(value * 100) };
}

/** Last year's content of the clean family (2023). */
function content2023(): SubmittedContent {
  return {
    relatives: [
      {
        id: 'r1',
        relation: 'spouse',
        fullName: 'Айгүл Асанова',
        pin: SPOUSE_PIN,
        birthDate: '1982-04-12',
        refusedToProvide: false,
      },
      {
        id: 'r2',
        relation: 'child',
        fullName: 'Нурлан Асанов',
        birthDate: '2012-09-01',
        refusedToProvide: false,
      },
    ],
    incomes: [
      {
        id: 'i1',
        owner: 'declarant',
        kind: 'salary',
        source: 'Министрлик',
        amount: som(1_100_000),
      },
      { id: 'i2', owner: 'r1', kind: 'salary', source: 'Мектеп', amount: som(550_000) },
    ],
    realEstate: [
      {
        id: 'e1',
        owner: 'declarant',
        kind: 'apartment',
        area: 60,
        address: 'Бишкек ш., Чүй пр., 1-үй, 10-батир',
        country: 'KG',
        sharePercent: 100,
        acquiredOn: '2015-06-01',
        price: som(1_500_000),
        registryId: 'CAD-1',
      },
    ],
    vehicles: [
      {
        id: 'v1',
        owner: 'r1',
        kind: 'car',
        make: 'Toyota',
        model: 'Camry',
        yearMade: 2018,
        registrationNumber: '01KG123ABC',
        country: 'KG',
        acquiredOn: '2019-03-15',
        price: som(1_200_000),
        registryId: 'VEH-1',
      },
    ],
    accounts: [
      {
        id: 'a1',
        owner: 'declarant',
        kind: 'bank_account',
        institution: 'Айыл Банк',
        accountNumber: '1240000000001',
        country: 'KG',
        balance: som(250_000),
      },
    ],
    securities: [],
    liabilities: [
      {
        id: 'l1',
        owner: 'declarant',
        creditor: 'Айыл Банк',
        creditorKind: 'bank',
        outstanding: som(700_000),
        receivedInYear: som(0),
        receivedOn: '2015-05-20',
      },
    ],
    loansGiven: [],
    spending: [
      {
        id: 's1',
        owner: 'declarant',
        category: 'other',
        description: 'Эмерек',
        amount: som(120_000),
        spentOn: '2023-08-10',
      },
    ],
    gifts: [],
  };
}

/** The clean family's 2024 content: the same property, a year older, a little more saved. */
function content2024(): SubmittedContent {
  const c = content2023();
  c.incomes = [
    { id: 'i1', owner: 'declarant', kind: 'salary', source: 'Министрлик', amount: som(1_200_000) },
    { id: 'i2', owner: 'r1', kind: 'salary', source: 'Мектеп', amount: som(600_000) },
  ];
  c.realEstate[0]!.origin = {
    registry: 'local',
    recordId: 'CAD-1',
    confirmed: true,
    // As registry/prefill.ts writes it.
    original: {
      owner: 'declarant',
      kind: 'apartment',
      area: 60,
      address: 'Бишкек ш., Чүй пр., 1-үй, 10-батир',
      sharePercent: 100,
      acquiredOn: '2015-06-01',
      'price.amount': '1500000.00',
      'price.currency': 'KGS',
    },
  };
  c.accounts[0]!.balance = som(300_000);
  c.liabilities[0]!.outstanding = som(500_000);
  c.spending = [
    {
      id: 's1',
      owner: 'declarant',
      category: 'other',
      description: 'Эмерек',
      amount: som(150_000),
      spentOn: '2024-08-10',
    },
  ];
  c.statedTotals = { income: '1800000' };
  return c;
}

export function cleanRegistry(): RegistryRecords {
  return {
    realEstate: [
      {
        registry: 'local',
        recordId: 'CAD-1',
        ownerPin: DECLARANT_PIN,
        kind: 'apartment',
        area: 60,
        address: 'Бишкек ш., Чүй пр., 1-үй, 10-батир',
        sharePercent: 100,
        acquiredOn: '2015-06-01',
        price: { amount: '1500000', currency: 'KGS' },
      },
    ],
    vehicles: [
      {
        registry: 'local',
        recordId: 'VEH-1',
        ownerPin: SPOUSE_PIN,
        kind: 'car',
        make: 'TOYOTA',
        model: 'Camry',
        yearMade: 2018,
        registrationNumber: '01KG123ABC',
        acquiredOn: '2019-03-15',
      },
    ],
    companyRoles: [
      {
        registry: 'local',
        recordId: 'ORG-9-DIR',
        personPin: DECLARANT_PIN,
        companyId: '01234567',
        companyName: 'Ала-Тоо Консалтинг',
        role: 'director',
        sharePercent: null,
        since: '2010-01-01',
      },
    ],
  };
}

function declaration(id: string, year: number, content: SubmittedContent): DeclarationForCheck {
  return { id, year, declarantPin: DECLARANT_PIN, content };
}

/** A declaration for 2024 with last year's and the registry records: no finding at all. */
export function cleanInput(): CheckInput {
  return {
    declaration: declaration('d-2024', 2024, content2024()),
    previous: declaration('d-2023', 2023, content2023()),
    registry: cleanRegistry(),
  };
}
