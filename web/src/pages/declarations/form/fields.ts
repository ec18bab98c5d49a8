import {
  ACCOUNT_KINDS,
  CREDITOR_KINDS,
  INCOME_KINDS,
  REAL_ESTATE_KINDS,
  RELATIONS,
  SECURITY_KINDS,
  type SectionKey,
  SPENDING_CATEGORIES,
  VEHICLE_KINDS,
} from './model.ts';

/** The option lists of the enum fields; their labels are declarationForm.options.<list>.<value>. */
export const OPTION_LISTS = {
  relations: RELATIONS,
  incomeKinds: INCOME_KINDS,
  realEstateKinds: REAL_ESTATE_KINDS,
  vehicleKinds: VEHICLE_KINDS,
  accountKinds: ACCOUNT_KINDS,
  securityKinds: SECURITY_KINDS,
  creditorKinds: CREDITOR_KINDS,
  spendingCategories: SPENDING_CATEGORIES,
} as const;
export type OptionList = keyof typeof OPTION_LISTS;

/**
 * One field of an item, as content.ts defines it. The label is
 * declarationForm.fields.<section>.<name>; a field with a hint also has ...<name>Hint.
 */
export type FieldSpec =
  | { name: string; kind: 'text'; max: number; optional?: boolean; hint?: boolean }
  | { name: string; kind: 'enum'; options: OptionList }
  | { name: 'owner'; kind: 'owner' }
  | { name: string; kind: 'money'; nullable?: boolean; hint?: boolean }
  | { name: string; kind: 'date' }
  | { name: string; kind: 'number'; nullable?: boolean; integer?: boolean; hint?: boolean }
  | { name: 'country'; kind: 'country' }
  | { name: string; kind: 'flag' };

const owner = { name: 'owner', kind: 'owner' } as const;
const country = { name: 'country', kind: 'country' } as const;

export const SECTION_FIELDS: Record<SectionKey, readonly FieldSpec[]> = {
  relatives: [
    { name: 'relation', kind: 'enum', options: 'relations' },
    { name: 'fullName', kind: 'text', max: 200 },
    { name: 'pin', kind: 'text', max: 20, optional: true, hint: true },
    { name: 'birthDate', kind: 'date' },
    { name: 'refusedToProvide', kind: 'flag' },
  ],
  incomes: [
    owner,
    { name: 'kind', kind: 'enum', options: 'incomeKinds' },
    { name: 'source', kind: 'text', max: 300, hint: true },
    { name: 'amount', kind: 'money' },
  ],
  realEstate: [
    owner,
    { name: 'kind', kind: 'enum', options: 'realEstateKinds' },
    { name: 'address', kind: 'text', max: 300 },
    country,
    { name: 'area', kind: 'number' },
    { name: 'sharePercent', kind: 'number' },
    { name: 'acquiredOn', kind: 'date' },
    { name: 'price', kind: 'money', nullable: true, hint: true },
    { name: 'registryId', kind: 'text', max: 80, optional: true },
  ],
  vehicles: [
    owner,
    { name: 'kind', kind: 'enum', options: 'vehicleKinds' },
    { name: 'make', kind: 'text', max: 80 },
    { name: 'model', kind: 'text', max: 80 },
    { name: 'yearMade', kind: 'number', integer: true },
    { name: 'registrationNumber', kind: 'text', max: 20, optional: true },
    country,
    { name: 'acquiredOn', kind: 'date' },
    { name: 'price', kind: 'money', nullable: true, hint: true },
    { name: 'registryId', kind: 'text', max: 80, optional: true },
  ],
  accounts: [
    owner,
    { name: 'kind', kind: 'enum', options: 'accountKinds' },
    { name: 'institution', kind: 'text', max: 200, hint: true },
    { name: 'accountNumber', kind: 'text', max: 40, optional: true },
    country,
    { name: 'balance', kind: 'money', hint: true },
  ],
  securities: [
    owner,
    { name: 'kind', kind: 'enum', options: 'securityKinds' },
    { name: 'issuer', kind: 'text', max: 200 },
    { name: 'issuerId', kind: 'text', max: 40, optional: true },
    { name: 'sharePercent', kind: 'number', nullable: true, hint: true },
    { name: 'value', kind: 'money' },
    country,
  ],
  liabilities: [
    owner,
    { name: 'creditor', kind: 'text', max: 200 },
    { name: 'creditorKind', kind: 'enum', options: 'creditorKinds' },
    { name: 'outstanding', kind: 'money', hint: true },
    { name: 'receivedInYear', kind: 'money', hint: true },
    { name: 'receivedOn', kind: 'date' },
  ],
  loansGiven: [
    owner,
    { name: 'borrower', kind: 'text', max: 200 },
    { name: 'outstanding', kind: 'money', hint: true },
    { name: 'givenOn', kind: 'date' },
  ],
  spending: [
    owner,
    { name: 'category', kind: 'enum', options: 'spendingCategories' },
    { name: 'description', kind: 'text', max: 300 },
    { name: 'amount', kind: 'money' },
    { name: 'spentOn', kind: 'date' },
  ],
  gifts: [
    owner,
    { name: 'description', kind: 'text', max: 300 },
    { name: 'donor', kind: 'text', max: 200 },
    { name: 'value', kind: 'money' },
    { name: 'receivedOn', kind: 'date' },
  ],
};

/** The money field a section's total adds up (the relatives have none). */
export const TOTAL_FIELD: Partial<Record<SectionKey, string>> = {
  incomes: 'amount',
  realEstate: 'price',
  vehicles: 'price',
  accounts: 'balance',
  securities: 'value',
  liabilities: 'outstanding',
  loansGiven: 'outstanding',
  spending: 'amount',
  gifts: 'value',
};

/** The field keys of one spec as problems name them ("amount.amount", "price.currency"...). */
export const keysOf = (field: FieldSpec): string[] =>
  field.kind === 'money' ? [`${field.name}.amount`, `${field.name}.currency`] : [field.name];
