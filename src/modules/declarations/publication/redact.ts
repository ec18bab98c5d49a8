import { formatAmount } from '../../../platform/money.ts';
import { DECLARANT } from '../content.ts';
import type { SubmittedContent } from '../submitted.ts';
import { regionOf } from './regions.ts';

/**
 * The published form of a declaration. Built field by field from an allow-list, never by copying
 * an item and deleting: a field added to the form later stays private until someone decides to
 * publish it here. Left out: every identifier (PINs, cadastral and vehicle registry numbers,
 * plates, account numbers, issuer ids), exact addresses (only the region), birth dates, minors'
 * names, and the names of private persons (payers other than employers, borrowers, donors,
 * private creditors).
 */
export interface PublicDeclaration {
  year: number;
  relatives: Array<{ relation: string; fullName: string | null; minor: boolean }>;
  incomes: Array<{ owner: string; kind: string; source: string | null; som: string }>;
  realEstate: Array<{
    owner: string;
    kind: string;
    area: number;
    region: string | null;
    country: string;
    sharePercent: number;
    acquiredYear: number | null;
    priceSom: string | null;
  }>;
  vehicles: Array<{
    owner: string;
    kind: string;
    make: string;
    model: string;
    yearMade: number;
    acquiredYear: number | null;
    priceSom: string | null;
  }>;
  accounts: Array<{
    owner: string;
    kind: string;
    institution: string | null;
    country: string;
    som: string;
  }>;
  securities: Array<{
    owner: string;
    kind: string;
    issuer: string;
    sharePercent: number | null;
    country: string;
    som: string;
  }>;
  liabilities: Array<{
    owner: string;
    creditorKind: string;
    creditor: string | null;
    som: string;
    receivedInYearSom: string;
  }>;
  loansGiven: Array<{ owner: string; som: string }>;
  spending: Array<{ owner: string; category: string; som: string }>;
  gifts: Array<{ owner: string; som: string }>;
}

const som = (tyiyn: number) => formatAmount(BigInt(tyiyn));
const yearOf = (date: string) => (/^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null);

/** Adults only: a relative is a minor until the end of the declaration year of their 18th birthday. */
export function isMinor(birthDate: string, year: number): boolean {
  const born = yearOf(birthDate);
  return born === null || year - born < 18;
}

export function publicDeclaration(content: SubmittedContent, year: number): PublicDeclaration {
  const relation = new Map<string, string>([[DECLARANT, DECLARANT]]);
  for (const r of content.relatives) relation.set(r.id, r.relation);
  const owner = (id: string) => relation.get(id) ?? 'other';
  return {
    year,
    relatives: content.relatives.map((r) => {
      const minor = isMinor(r.birthDate, year);
      return { relation: r.relation, fullName: minor ? null : r.fullName, minor };
    }),
    incomes: content.incomes.map((x) => ({
      owner: owner(x.owner),
      kind: x.kind,
      // Employers and pension funds are organisations; other payers may be private persons.
      source: x.kind === 'salary' || x.kind === 'pension_benefits' ? x.source : null,
      som: som(x.amount.som),
    })),
    realEstate: content.realEstate.map((x) => ({
      owner: owner(x.owner),
      kind: x.kind,
      area: x.area,
      region: regionOf(x.address, x.country),
      country: x.country,
      sharePercent: x.sharePercent,
      acquiredYear: yearOf(x.acquiredOn),
      priceSom: x.price ? som(x.price.som) : null,
    })),
    vehicles: content.vehicles.map((x) => ({
      owner: owner(x.owner),
      kind: x.kind,
      make: x.make,
      model: x.model,
      yearMade: x.yearMade,
      acquiredYear: yearOf(x.acquiredOn),
      priceSom: x.price ? som(x.price.som) : null,
    })),
    accounts: content.accounts.map((x) => ({
      owner: owner(x.owner),
      kind: x.kind,
      institution: x.kind === 'cash' ? null : x.institution,
      country: x.country,
      som: som(x.balance.som),
    })),
    securities: content.securities.map((x) => ({
      owner: owner(x.owner),
      kind: x.kind,
      issuer: x.issuer,
      sharePercent: x.sharePercent,
      country: x.country,
      som: som(x.value.som),
    })),
    liabilities: content.liabilities.map((x) => ({
      owner: owner(x.owner),
      creditorKind: x.creditorKind,
      creditor: x.creditorKind === 'individual' ? null : x.creditor,
      som: som(x.outstanding.som),
      receivedInYearSom: som(x.receivedInYear.som),
    })),
    loansGiven: content.loansGiven.map((x) => ({
      owner: owner(x.owner),
      som: som(x.outstanding.som),
    })),
    spending: content.spending.map((x) => ({
      owner: owner(x.owner),
      category: x.category,
      som: som(x.amount.som),
    })),
    gifts: content.gifts.map((x) => ({ owner: owner(x.owner), som: som(x.value.som) })),
  };
}
