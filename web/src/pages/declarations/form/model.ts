import type { DeclarationContent } from '../../../api/types.ts';

// The form's closed lists are the server's own (kinds.ts has no library in it).
export {
  ACCOUNT_KINDS,
  CREDITOR_KINDS,
  INCOME_KINDS,
  REAL_ESTATE_KINDS,
  RELATIONS,
  SECURITY_KINDS,
  SPENDING_CATEGORIES,
  VEHICLE_KINDS,
} from '../../../../../src/modules/declarations/kinds.ts';

/** The currencies the official rates table holds (data/exchange-rates.json), som first. */
export const CURRENCIES = ['KGS', 'USD', 'EUR', 'RUB', 'KZT'] as const;

export const DECLARANT = 'declarant';

/** The form's sections, in the order of the paper form STI-155. */
export const SECTIONS = [
  'relatives',
  'incomes',
  'realEstate',
  'vehicles',
  'accounts',
  'securities',
  'liabilities',
  'loansGiven',
  'spending',
  'gifts',
] as const satisfies readonly (keyof DeclarationContent)[];
export type SectionKey = (typeof SECTIONS)[number];

/** Any item of any section, as the generic editor reads and writes it. */
export type Item = { id: string } & Record<string, unknown>;

export type Money = { amount: string; currency: string };

export const isSection = (value: unknown): value is SectionKey =>
  typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);

/** A section's items, of a draft or of a submitted version. */
export const itemsOf = (
  content: { readonly [K in SectionKey]: readonly object[] },
  section: SectionKey,
): Item[] => content[section] as unknown as Item[];

export const withItems = (
  content: DeclarationContent,
  section: SectionKey,
  items: Item[],
): DeclarationContent => ({ ...content, [section]: items });

/** A new item id unique within the declaration (the server refuses duplicates across sections). */
export function newItemId(section: SectionKey, content: DeclarationContent): string {
  const taken = new Set(SECTIONS.flatMap((s) => itemsOf(content, s).map((i) => i.id)));
  for (;;) {
    const id = `${section}-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}

const money = (amount = ''): Money => ({ amount, currency: 'KGS' });

/** A blank item as "Add" puts it in the form; required values are left for the declarant. */
export function blankItem(section: SectionKey, id: string): Item {
  const owned = { id, owner: DECLARANT };
  switch (section) {
    case 'relatives':
      return {
        id,
        relation: 'spouse',
        fullName: '',
        pin: '',
        birthDate: '',
        refusedToProvide: false,
      };
    case 'incomes':
      return { ...owned, kind: 'salary', source: '', amount: money() };
    case 'realEstate':
      return {
        ...owned,
        kind: 'apartment',
        area: 0,
        address: '',
        country: 'KG',
        sharePercent: 100,
        acquiredOn: '',
        price: null,
      };
    case 'vehicles':
      return {
        ...owned,
        kind: 'car',
        make: '',
        model: '',
        yearMade: 0,
        registrationNumber: '',
        country: 'KG',
        acquiredOn: '',
        price: null,
      };
    case 'accounts':
      return {
        ...owned,
        kind: 'bank_account',
        institution: '',
        accountNumber: '',
        country: 'KG',
        balance: money(),
      };
    case 'securities':
      return {
        ...owned,
        kind: 'shares',
        issuer: '',
        issuerId: '',
        sharePercent: null,
        value: money(),
        country: 'KG',
      };
    case 'liabilities':
      return {
        ...owned,
        creditor: '',
        creditorKind: 'bank',
        outstanding: money(),
        // Most loans are older than the year: nothing received in it unless the declarant says so.
        receivedInYear: money('0'),
        receivedOn: '',
      };
    case 'loansGiven':
      return { ...owned, borrower: '', outstanding: money(), givenOn: '' };
    case 'spending':
      return { ...owned, category: 'movable', description: '', amount: money(), spentOn: '' };
    case 'gifts':
      return { ...owned, description: '', donor: '', value: money(), receivedOn: '' };
  }
}

/** Where a pre-filled item came from; absent on items the declarant typed. */
export type Origin = {
  registry: 'local' | 'tunduk';
  recordId: string;
  confirmed: boolean;
  original: Record<string, string | number | null>;
};

export const originOf = (item: Item): Origin | null =>
  item.origin && typeof item.origin === 'object' ? (item.origin as Origin) : null;

/** Registry items the declarant has not looked at yet, across the form. */
export function unconfirmedCount(content: DeclarationContent): number {
  return SECTIONS.reduce(
    (n, s) => n + itemsOf(content, s).filter((i) => originOf(i)?.confirmed === false).length,
    0,
  );
}
