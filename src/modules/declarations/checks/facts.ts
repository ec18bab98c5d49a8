import { DECLARANT } from '../content.ts';
import type { SubmittedContent } from '../submitted.ts';
import type { CheckInput } from './types.ts';

/**
 * The family's figures for the declaration year, computed once per declaration and shared by the
 * rules. Family included everywhere: every item counts whoever of the family owns it. All sums
 * are integer tyiyn from the items' `som` values.
 */
export interface Facts {
  input: CheckInput;
  content: SubmittedContent;
  year: number;
  /** "yyyy-01-01" and "yyyy-12-31" of the declaration year: ISO dates compare as strings. */
  yearStart: string;
  yearEnd: string;
  /** Last year's content, only when the previous declaration is for the year just before. */
  previous: SubmittedContent | null;
  /** I(y): all incomes of the family. */
  income: number;
  /** M(y): account balances + securities values + loans given outstanding, on 31 December. */
  monetary: number;
  /** M(y-1), from the previous declaration; null without one. */
  previousMonetary: number | null;
  /** A(y): prices of real estate and vehicles acquired in the year + the year's spending. */
  acquisitions: number;
  /** L(y): loans received during the year. */
  newLoans: number;
  /** Liabilities outstanding on 31 December. */
  liabilities: number;
  /** Ids of spending items that record the purchase of an acquired item, so it counts once. */
  sameAsAcquired: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The owner is the declarant or a declared relative. A family is a handful of people: scanning
 * them is cheaper than building a set for every declaration.
 */
export function knownOwner(f: Facts, owner: string): boolean {
  if (owner === DECLARANT) return true;
  for (const r of f.content.relatives) if (r.id === owner) return true;
  return false;
}

export const inYear = (date: string, f: Facts) => date >= f.yearStart && date <= f.yearEnd;

/** Spending belongs to the year when dated in it or left undated (the section is the year's). */
export const spentInYear = (date: string, f: Facts) => date === '' || inYear(date, f);

export function monetaryAssets(c: SubmittedContent): number {
  let m = 0;
  for (const a of c.accounts) m += a.balance.som;
  for (const s of c.securities) m += s.value.som;
  for (const l of c.loansGiven) m += l.outstanding.som;
  return m;
}

export function factsOf(input: CheckInput): Facts {
  const { declaration, previous } = input;
  const c = declaration.content;
  const year = declaration.year;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const lastYear = previous && previous.year === year - 1 ? previous.content : null;

  let income = 0;
  for (const x of c.incomes) income += x.amount.som;
  let newLoans = 0;
  let liabilities = 0;
  for (const l of c.liabilities) {
    newLoans += l.receivedInYear.som;
    liabilities += l.outstanding.som;
  }

  // Acquired items first; a spending item of the matching category with the same amount as a
  // still unmatched acquisition of the year is the same purchase written twice: counted once.
  let acquisitions = 0;
  let estatePrices: number[] | null = null;
  let vehiclePrices: number[] | null = null;
  for (const r of c.realEstate) {
    if (r.price && r.acquiredOn >= yearStart && r.acquiredOn <= yearEnd) {
      acquisitions += r.price.som;
      if (estatePrices === null) estatePrices = [];
      estatePrices.push(r.price.som);
    }
  }
  for (const v of c.vehicles) {
    if (v.price && v.acquiredOn >= yearStart && v.acquiredOn <= yearEnd) {
      acquisitions += v.price.som;
      if (vehiclePrices === null) vehiclePrices = [];
      vehiclePrices.push(v.price.som);
    }
  }
  let sameAsAcquired: Set<string> | null = null;
  for (const s of c.spending) {
    if (s.spentOn !== '' && (s.spentOn < yearStart || s.spentOn > yearEnd)) continue;
    const prices =
      s.category === 'immovable'
        ? estatePrices
        : s.category === 'vehicle' || s.category === 'movable'
          ? vehiclePrices
          : null;
    const at = prices && s.amount.som > 0 ? prices.indexOf(s.amount.som) : -1;
    if (prices && at >= 0) {
      prices[at] = -1; // used: one acquisition absorbs one spending item
      if (sameAsAcquired === null) sameAsAcquired = new Set();
      sameAsAcquired.add(s.id);
    } else acquisitions += s.amount.som;
  }

  return {
    input,
    content: c,
    year,
    yearStart,
    yearEnd,
    previous: lastYear,
    income,
    monetary: monetaryAssets(c),
    previousMonetary: lastYear ? monetaryAssets(lastYear) : null,
    acquisitions,
    newLoans,
    liabilities,
    sameAsAcquired: sameAsAcquired ?? NONE,
  };
}

/** The items behind A(y), for the balance finding's records. */
export function acquisitionRecords(f: Facts): string[] {
  const out: string[] = [];
  const c = f.content;
  for (const r of c.realEstate)
    if (r.price && inYear(r.acquiredOn, f)) out.push(`realEstate:${r.id}`);
  for (const v of c.vehicles) if (v.price && inYear(v.acquiredOn, f)) out.push(`vehicles:${v.id}`);
  for (const s of c.spending) {
    if (spentInYear(s.spentOn, f) && !f.sameAsAcquired.has(s.id)) out.push(`spending:${s.id}`);
  }
  return out;
}
