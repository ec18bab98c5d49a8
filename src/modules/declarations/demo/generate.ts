import type { SeededRandom } from '../../../platform/demo-random.ts';
import type { DeclarationContent, Relative } from '../content.ts';
import type { SyntheticRegistry } from '../registry/demo-registry.ts';

/**
 * Synthetic declaration content for demos, tests and the benchmark: a family, salaries, the
 * family's registry property declared as the registry holds it, accounts, sometimes a loan, and
 * for the "risky" profile one or two of the patterns the checks look for. Pure and seeded.
 */
export type Profile = 'clean' | 'risky';

export interface SyntheticPerson {
  pin: string;
  fullName: string;
  birthDate: string;
  relatives: ReadonlyArray<Pick<Relative, 'id' | 'relation' | 'fullName' | 'pin' | 'birthDate'>>;
}

const EMPLOYERS = [
  'Министерство юстиции КР',
  'Государственная налоговая служба',
  'Мэрия г. Бишкек',
  'ОАО «Кыргызтелеком»',
];
const BANKS = [
  'ОАО «РСК Банк»',
  'ЗАО «Демир Кыргыз Интернэшнл Банк»',
  'ОАО «Айыл Банк»',
  'ЗАО «Банк Компаньон»',
];
const SURNAMES = [
  'Асанов',
  'Токтогулов',
  'Жумабеков',
  'Сыдыков',
  'Абдыкадыров',
  'Усенов',
  'Мамытов',
  'Бакиров',
];
const GIVEN_M = ['Нурлан', 'Бакыт', 'Азамат', 'Эрлан', 'Марат', 'Талант', 'Улан', 'Канат'];
const GIVEN_F = ['Айгүл', 'Жылдыз', 'Гүлнара', 'Назгүл', 'Айзада', 'Бермет', 'Чолпон', 'Динара'];

/** The registry price as declared (the synthetic registry gives foreign prices only where a rate exists). */
function declaredPrice(x: SyntheticRegistry['realEstate'][number]) {
  if (x.priceTyiyn === null || x.priceTyiyn === undefined) return null;
  return { amount: (Number(x.priceTyiyn) / 100).toFixed(2), currency: x.priceCurrency ?? 'KGS' };
}

/** The same record gets the same invented price every year, as a real one would keep it. */
function stableAmount(recordId: string, min: number, max: number): number {
  let h = 0;
  for (let i = 0; i < recordId.length; i++) h = (Math.imul(h, 31) + recordId.charCodeAt(i)) >>> 0;
  return min + (h % (max - min + 1));
}

const money = (som: number, currency = 'KGS') => ({ amount: som.toFixed(2), currency });

/**
 * A synthetic person with a family. PINs are invented but shaped like Kyrgyz ones: the sex digit,
 * the birth date DDMMYYYY and a five-digit serial (unique within the demo: 7919 is coprime with
 * 100000).
 */
export function syntheticPerson(r: SeededRandom, index: number): SyntheticPerson {
  const male = r.chance(0.6);
  const surname = r.pick(SURNAMES);
  const fem = (s: string) => `${s}а`;
  // The PIN carries the birth date: sex digit, DDMMYYYY, serial.
  const pin = (n: number, birthDate: string) => {
    const k = index * 7 + n;
    const sex = (n === 0) === male ? '2' : '1';
    const [y, m, d] = birthDate.split('-');
    return `${sex}${d}${m}${y}${String((k * 7919) % 100_000).padStart(5, '0')}`;
  };
  const fullName = `${male ? surname : fem(surname)} ${male ? r.pick(GIVEN_M) : r.pick(GIVEN_F)}`;
  const relatives: SyntheticPerson['relatives'][number][] = [];
  if (r.chance(0.85)) {
    const name = `${male ? fem(surname) : surname} ${male ? r.pick(GIVEN_F) : r.pick(GIVEN_M)}`;
    const birthDate = `${r.int(1965, 1992)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
    relatives.push({
      id: 'spouse',
      relation: 'spouse',
      fullName: name,
      pin: pin(1, birthDate),
      birthDate,
    });
  }
  const children = r.int(0, 3);
  for (let c = 0; c < children; c++) {
    const name = `${surname} ${r.chance(0.5) ? r.pick(GIVEN_M) : r.pick(GIVEN_F)}`;
    const birthDate = `${r.int(2000, 2020)}-0${r.int(1, 9)}-2${r.int(0, 8)}`;
    relatives.push({
      id: `child-${c + 1}`,
      relation: 'child',
      fullName: name,
      pin: pin(2 + c, birthDate),
      birthDate,
    });
  }
  // Drawn without the generator so that the sequence of the other draws stays as it was.
  const birthDate = `${1962 + ((index * 7) % 27)}-0${1 + (index % 9)}-0${1 + ((index * 3) % 9)}`;
  return { pin: pin(0, birthDate), fullName, birthDate, relatives };
}

/** The registry's view of a person's family property, by owner PIN. */
export function ownedBy(registry: SyntheticRegistry, pin: string) {
  return {
    realEstate: registry.realEstate.filter((x) => x.ownerPin === pin),
    vehicles: registry.vehicles.filter((x) => x.ownerPin === pin),
    companyRoles: registry.companyRoles.filter((x) => x.personPin === pin),
  };
}

export function syntheticDeclaration(
  r: SeededRandom,
  person: SyntheticPerson,
  year: number,
  registry: SyntheticRegistry,
  profile: Profile,
): DeclarationContent {
  const owners = [
    { id: 'declarant', pin: person.pin },
    ...person.relatives.map((x) => ({ id: x.id, pin: x.pin ?? '' })),
  ];
  const salary = r.int(40, 180) * 12_000;
  const content: DeclarationContent = {
    relatives: person.relatives.map((x) => ({ ...x, refusedToProvide: false })),
    incomes: [
      {
        id: 'inc-salary',
        owner: 'declarant',
        kind: 'salary',
        source: r.pick(EMPLOYERS),
        amount: money(salary),
      },
    ],
    realEstate: [],
    vehicles: [],
    accounts: [
      {
        id: 'acc-1',
        owner: 'declarant',
        kind: 'bank_account',
        institution: r.pick(BANKS),
        accountNumber: `1${String(r.int(100_000_000, 999_999_999))}${String(r.int(1_000_000, 9_999_999))}`,
        country: 'KG',
        balance: money(r.int(20, 900) * 1000),
      },
    ],
    securities: [],
    liabilities: [],
    loansGiven: [],
    spending: [],
    gifts: [],
  };
  if (person.relatives.some((x) => x.relation === 'spouse') && r.chance(0.7)) {
    content.incomes.push({
      id: 'inc-spouse',
      owner: 'spouse',
      kind: 'salary',
      source: r.pick(EMPLOYERS),
      amount: money(r.int(25, 120) * 12_000),
    });
  }
  for (const owner of owners) {
    if (!owner.pin) continue;
    const held = ownedBy(registry, owner.pin);
    for (const x of held.realEstate) {
      if (x.acquiredOn > `${year}-12-31`) continue;
      content.realEstate.push({
        id: `re-${x.recordId}`,
        owner: owner.id,
        kind: x.kind as DeclarationContent['realEstate'][number]['kind'],
        area: x.area,
        address: x.address,
        country: 'KG',
        sharePercent: x.sharePercent,
        acquiredOn: x.acquiredOn,
        price: declaredPrice(x),
        registryId: x.recordId,
      });
    }
    for (const x of held.vehicles) {
      if (x.acquiredOn > `${year}-12-31`) continue;
      content.vehicles.push({
        id: `veh-${x.recordId}`,
        owner: owner.id,
        kind: x.kind as DeclarationContent['vehicles'][number]['kind'],
        make: x.make,
        model: x.model,
        yearMade: x.yearMade,
        registrationNumber: x.registrationNumber,
        country: 'KG',
        acquiredOn: x.acquiredOn,
        price: money(stableAmount(x.recordId, 300, 3000) * 1000),
        registryId: x.recordId,
      });
    }
    for (const x of held.companyRoles) {
      if (x.role === 'director' || x.since > `${year}-12-31`) continue;
      content.securities.push({
        id: `co-${x.recordId}`,
        owner: owner.id,
        kind: 'company_stake',
        issuer: x.companyName,
        issuerId: x.companyId,
        sharePercent: x.sharePercent ?? null,
        value: money(stableAmount(x.recordId, 10, 500) * 1000),
        country: 'KG',
      });
    }
  }
  if (r.chance(0.3)) {
    content.liabilities.push({
      id: 'loan-1',
      owner: 'declarant',
      creditor: r.pick(BANKS),
      creditorKind: 'bank',
      outstanding: money(r.int(100, 2000) * 1000),
      receivedInYear: money(0),
      receivedOn: `${year - r.int(1, 4)}-0${r.int(1, 9)}-15`,
    });
  }
  if (profile === 'risky') addRisk(r, content, year);
  return content;
}

/** One or two of the patterns the checks exist for. */
function addRisk(r: SeededRandom, content: DeclarationContent, year: number) {
  const patterns = [
    () =>
      content.spending.push({
        id: 'sp-big',
        owner: 'declarant',
        category: 'immovable',
        description: 'Квартира в новостройке',
        amount: money(r.int(60, 150) * 100_000),
        spentOn: `${year}-0${r.int(3, 9)}-1${r.int(0, 9)}`,
      }),
    () =>
      content.accounts.push({
        id: 'acc-cash',
        owner: 'declarant',
        kind: 'cash',
        institution: '',
        country: 'KG',
        balance: money(r.int(50, 400) * 1000, 'USD'),
      }),
    () =>
      content.accounts.push({
        id: 'acc-foreign',
        owner: 'declarant',
        kind: 'deposit',
        institution: 'Halyk Bank Kazakhstan',
        accountNumber: `KZ${r.int(10, 99)}${r.int(100_000_000, 999_999_999)}`,
        country: 'KZ',
        balance: money(r.int(5, 90) * 1_000_000, 'KZT'),
      }),
    () =>
      content.incomes.push({
        id: 'inc-gift',
        owner: 'declarant',
        kind: 'gift',
        source: 'Родственник',
        amount: money(r.int(30, 90) * 100_000),
      }),
    () =>
      content.vehicles.push({
        id: 'veh-lux',
        owner: 'declarant',
        kind: 'car',
        make: 'Lexus',
        model: 'LX 600',
        yearMade: year - r.int(0, 2),
        country: 'KG',
        acquiredOn: `${year}-0${r.int(2, 9)}-0${r.int(1, 9)}`,
        price: null,
      }),
  ];
  const first = r.int(0, patterns.length - 1);
  patterns[first]!();
  if (r.chance(0.4)) patterns[(first + 1 + r.int(0, patterns.length - 2)) % patterns.length]!();
}
