import { type BidView, validBids } from './bids.ts';
import { amountIn, dayOf, field, inList, type Loose, list, lower, obj, text } from './read.ts';

/**
 * What the flags read from one compiled release, each fact with the JSON pointer it came from
 * (for the evidence). Read once per release and shared by all flags; facts that only some flags
 * need are read on demand.
 */

export type Found<T> = { value: T; path: string };

export type MethodSettings = {
  currency: string;
  validBidStatuses: readonly string[];
  directMethods: readonly string[];
  directMethodDetails: readonly string[];
};

export type Facts = {
  raw: Loose;
  ocid: string;
  buyer: Found<string> | null;
  method: string | null;
  details: string | null;
  rationale: Found<string> | null;
  /** True for direct contracting, false for a competitive method, null when nothing is known. */
  direct: boolean | null;
  status: string | null;
  /** The day the process was published (tender publication, else tender period start). */
  day: Found<number> | null;
  /** Distinct classification codes of the items, first occurrence of each. */
  codes: Found<string>[];
  mainCode: Found<string> | null;
  parties: () => Map<string, PartyRef>;
  /** The bids that count, read once. */
  bids: () => BidView[];
  /** Suppliers of the live awards, read once. */
  winners: () => Found<string>[];
};

export type PartyRef = { party: Loose; path: string };

/** Read the facts of a release, or null when it has no usable OCID (nothing to attach flags to). */
export function readFacts(release: unknown, settings: MethodSettings): Facts | null {
  const raw = obj(release);
  if (raw === null) return null;
  const ocid = text(field(raw, 'ocid'));
  if (ocid === null) return null;
  const tender = field(raw, 'tender');
  const method = text(field(tender, 'procurementMethod'));
  const details = text(field(tender, 'procurementMethodDetails'));
  const rationale = text(field(tender, 'procurementMethodRationale'));
  const codes = itemCodes(raw);
  let partyMap: Map<string, PartyRef> | null = null;
  let bidList: BidView[] | null = null;
  let winnerList: Found<string>[] | null = null;
  return {
    raw,
    ocid,
    buyer: buyerOf(raw),
    method,
    details,
    rationale:
      rationale === null ? null : { value: rationale, path: '/tender/procurementMethodRationale' },
    direct: isDirect(method, details, settings),
    status: lower(field(tender, 'status')),
    day: publicationDay(raw),
    codes,
    mainCode: mainCode(raw, codes),
    parties: () => {
      partyMap ??= partiesById(raw);
      return partyMap;
    },
    bids: () => {
      bidList ??= validBids(raw, settings);
      return bidList;
    },
    winners: () => {
      winnerList ??= winners(raw);
      return winnerList;
    },
  };
}

/** Method details decide when present (the Kyrgyz portal always sets them); else the method. */
export function isDirect(
  method: string | null,
  details: string | null,
  settings: Pick<MethodSettings, 'directMethods' | 'directMethodDetails'>,
): boolean | null {
  if (details !== null) return inList(details, settings.directMethodDetails);
  if (method !== null) return inList(method, settings.directMethods);
  return null;
}

function buyerOf(raw: Loose): Found<string> | null {
  const buyer = text(field(field(raw, 'buyer'), 'id'));
  if (buyer !== null) return { value: buyer, path: '/buyer/id' };
  const entity = text(field(field(field(raw, 'tender'), 'procuringEntity'), 'id'));
  if (entity !== null) return { value: entity, path: '/tender/procuringEntity/id' };
  const parties = list(field(raw, 'parties'));
  for (let i = 0; i < parties.length; i += 1) {
    const party = parties[i];
    const id = text(field(party, 'id'));
    if (id !== null && hasRole(party, 'buyer')) return { value: id, path: `/parties/${i}/id` };
  }
  return null;
}

export function hasRole(party: unknown, role: string): boolean {
  return list(field(party, 'roles')).some((r) => typeof r === 'string' && r === role);
}

function partiesById(raw: Loose): Map<string, PartyRef> {
  const byId = new Map<string, PartyRef>();
  const parties = list(field(raw, 'parties'));
  for (let i = 0; i < parties.length; i += 1) {
    const party = obj(parties[i]);
    const id = text(field(party, 'id'));
    if (party !== null && id !== null && !byId.has(id)) {
      byId.set(id, { party, path: `/parties/${i}` });
    }
  }
  return byId;
}

function publicationDay(raw: Loose): Found<number> | null {
  const tender = field(raw, 'tender');
  const published = dayOf(field(tender, 'datePublished'));
  if (published !== null) return { value: published, path: '/tender/datePublished' };
  const start = dayOf(field(field(tender, 'tenderPeriod'), 'startDate'));
  if (start !== null) return { value: start, path: '/tender/tenderPeriod/startDate' };
  const date = dayOf(field(raw, 'date'));
  if (date !== null) return { value: date, path: '/date' };
  return null;
}

/**
 * The JSON pointer of an item's classification, built once per (list, index): facts kept by the
 * aggregating flags then share one string instead of a copy per release.
 */
const itemPaths = new Map<string, string[]>();

function itemCodePath(base: string, index: number): string {
  let paths = itemPaths.get(base);
  if (paths === undefined) {
    paths = [];
    if (itemPaths.size < 256) itemPaths.set(base, paths);
  }
  let path = paths[index];
  if (path === undefined) {
    path = `${base}/${index}/classification/id`;
    // Only small indices are worth keeping; long item lists are rare.
    if (index < 64) paths[index] = path;
  }
  return path;
}

function itemCodes(raw: Loose): Found<string>[] {
  const seen = new Set<string>();
  const codes: Found<string>[] = [];
  const collect = (items: unknown, base: string) => {
    const all = list(items);
    for (let i = 0; i < all.length; i += 1) {
      const code = text(field(field(all[i], 'classification'), 'id'));
      if (code !== null && !seen.has(code)) {
        seen.add(code);
        codes.push({ value: code, path: itemCodePath(base, i) });
      }
    }
  };
  collect(field(field(raw, 'tender'), 'items'), '/tender/items');
  if (codes.length > 0) return codes;
  // Direct contracts are sometimes published with items only on the award or contract.
  list(field(raw, 'awards')).forEach((award, a) => {
    collect(field(award, 'items'), `/awards/${a}/items`);
  });
  list(field(raw, 'contracts')).forEach((contract, c) => {
    collect(field(contract, 'items'), `/contracts/${c}/items`);
  });
  return codes;
}

function mainCode(raw: Loose, codes: Found<string>[]): Found<string> | null {
  const code = text(field(field(field(raw, 'tender'), 'classification'), 'id'));
  if (code !== null) return { value: code, path: '/tender/classification/id' };
  return codes[0] ?? null;
}

/** The first `length` characters of a code, or the whole code for 0. */
export function codePrefix(code: string, length: number): string {
  return length > 0 ? code.slice(0, length) : code;
}

/** The tender's estimated value, else the sum of its lots. */
export function tenderValue(raw: Loose, currency: string): Found<number> | null {
  const tender = field(raw, 'tender');
  const value = amountIn(field(tender, 'value'), currency);
  if (value !== null) return { value, path: '/tender/value/amount' };
  let sum = 0;
  let any = false;
  for (const lot of list(field(tender, 'lots'))) {
    if (lower(field(lot, 'status')) === 'cancelled') continue;
    const amount = amountIn(field(lot, 'value'), currency);
    if (amount !== null) {
      sum += amount;
      any = true;
    }
  }
  return any ? { value: sum, path: '/tender/lots' } : null;
}

const DEAD_STATUSES = new Set(['cancelled', 'unsuccessful', 'terminated', 'pending']);

function alive(entry: unknown): boolean {
  const status = lower(field(entry, 'status'));
  return status === null || !DEAD_STATUSES.has(status);
}

/** What was contracted: live contracts, else live awards. */
export function contractedValue(raw: Loose, currency: string): Found<number> | null {
  for (const [key, path] of [
    ['contracts', '/contracts'],
    ['awards', '/awards'],
  ] as const) {
    let sum = 0;
    let any = false;
    for (const entry of list(field(raw, key))) {
      if (!alive(entry)) continue;
      const amount = amountIn(field(entry, 'value'), currency);
      if (amount !== null) {
        sum += amount;
        any = true;
      }
    }
    if (any) return { value: sum, path };
  }
  return null;
}

/** Suppliers of the live awards, each once. */
export function winners(raw: Loose): Found<string>[] {
  const seen = new Set<string>();
  const found: Found<string>[] = [];
  list(field(raw, 'awards')).forEach((award, a) => {
    if (!alive(award)) return;
    list(field(award, 'suppliers')).forEach((supplier, s) => {
      const id = text(field(supplier, 'id'));
      if (id !== null && !seen.has(id)) {
        seen.add(id);
        found.push({ value: id, path: `/awards/${a}/suppliers/${s}/id` });
      }
    });
  });
  return found;
}

/** The earliest day of a live award, else of a contract signature. */
export function awardDay(raw: Loose): Found<number> | null {
  let best: Found<number> | null = null;
  const awards = list(field(raw, 'awards'));
  for (let a = 0; a < awards.length; a += 1) {
    if (!alive(awards[a])) continue;
    const day = dayOf(field(awards[a], 'date'));
    if (day !== null && (best === null || day < best.value)) {
      best = { value: day, path: `/awards/${a}/date` };
    }
  }
  if (best !== null) return best;
  const contracts = list(field(raw, 'contracts'));
  for (let c = 0; c < contracts.length; c += 1) {
    const day = dayOf(field(contracts[c], 'dateSigned'));
    if (day !== null && (best === null || day < best.value)) {
      best = { value: day, path: `/contracts/${c}/dateSigned` };
    }
  }
  return best;
}
