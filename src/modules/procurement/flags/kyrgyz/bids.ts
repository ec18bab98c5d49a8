import type { Found, MethodSettings } from './facts.ts';
import { amountIn, field, inList, type Loose, list, lower, num, text } from './read.ts';

/**
 * The bids of a release as the flags need them. Standard OCDS puts one value on a bid and lists
 * lot ids in relatedLots; the Kyrgyz portal puts an object per lot in relatedLots, each with its
 * own value. Both are read.
 */

export type BidOnLot = {
  /** The lot id, or null when the bid names no lot (a one-lot tender). */
  lot: string | null;
  amount: number | null;
  path: string;
};

export type BidView = {
  index: number;
  /** Tenderer ids; a bid naming none stands for one unnamed bidder. */
  tenderers: string[];
  lots: BidOnLot[];
};

/** The bids that count (status missing or among the valid statuses). */
export function validBids(raw: Loose, settings: MethodSettings): BidView[] {
  const details = list(field(field(raw, 'bids'), 'details'));
  const bids: BidView[] = [];
  for (let i = 0; i < details.length; i += 1) {
    const bid = details[i];
    if (typeof bid !== 'object' || bid === null || Array.isArray(bid)) continue;
    const status = text(field(bid, 'status'));
    if (status !== null && !inList(status, settings.validBidStatuses)) continue;
    const tenderers: string[] = [];
    for (const tenderer of list(field(bid, 'tenderers'))) {
      const id = text(field(tenderer, 'id'));
      if (id !== null) tenderers.push(id);
    }
    bids.push({ index: i, tenderers, lots: lotsOf(bid, i, settings.currency) });
  }
  return bids;
}

function lotsOf(bid: unknown, index: number, currency: string): BidOnLot[] {
  const base = `/bids/details/${index}`;
  const own = amountIn(field(bid, 'value'), currency);
  const related = list(field(bid, 'relatedLots'));
  const lots: BidOnLot[] = [];
  for (let r = 0; r < related.length; r += 1) {
    const entry = related[r];
    const asId = text(entry);
    if (asId !== null) {
      lots.push({ lot: asId, amount: own, path: `${base}/value/amount` });
      continue;
    }
    const id = text(field(entry, 'id'));
    const amount = amountIn(field(entry, 'value'), currency) ?? num(field(entry, 'amount'));
    lots.push({
      lot: id,
      amount: amount ?? own,
      path: amount !== null ? `${base}/relatedLots/${r}` : `${base}/value/amount`,
    });
  }
  if (lots.length === 0) lots.push({ lot: null, amount: own, path: `${base}/value/amount` });
  return lots;
}

const OPEN_STATUSES = new Set(['planning', 'planned', 'active']);

/** Distinct bidders among the bids, counting an unnamed bid as one bidder. */
export function distinctBidders(bids: readonly BidView[]): number {
  const ids = new Set<string>();
  let unnamed = 0;
  for (const bid of bids) {
    if (bid.tenderers.length === 0) unnamed += 1;
    for (const id of bid.tenderers) ids.add(id);
  }
  return ids.size + unnamed;
}

/**
 * How many bidders the tender drew: from the bids when the publisher lists them, else
 * tender.numberOfTenderers, else tender.tenderers. Null when none of these is published (an
 * empty bids list is not read as "no bidders": publishers leave it empty when they do not know).
 */
export function bidderCount(
  raw: Loose,
  settings: MethodSettings,
  bids?: readonly BidView[],
): Found<number> | null {
  const details = list(field(field(raw, 'bids'), 'details'));
  if (details.length > 0) {
    return { value: distinctBidders(bids ?? validBids(raw, settings)), path: '/bids/details' };
  }
  const tender = field(raw, 'tender');
  const declared = num(field(tender, 'numberOfTenderers'));
  // Zero tenderers on a tender still open only means the bids are not opened yet.
  const open = OPEN_STATUSES.has(lower(field(tender, 'status')) ?? '');
  if (
    declared !== null &&
    declared >= 0 &&
    Number.isInteger(declared) &&
    !(open && declared === 0)
  ) {
    return { value: declared, path: '/tender/numberOfTenderers' };
  }
  const tenderers = list(field(tender, 'tenderers'));
  if (tenderers.length > 0) {
    const ids = new Set<string>();
    let unnamed = 0;
    for (const t of tenderers) {
      const id = text(field(t, 'id'));
      if (id === null) unnamed += 1;
      else ids.add(id);
    }
    return { value: ids.size + unnamed, path: '/tender/tenderers' };
  }
  return null;
}

/** Bidders per lot (a tender without lots is one lot, keyed null). */
export function biddersPerLot(bids: readonly BidView[]): Map<string | null, number> {
  const perLot = new Map<string | null, BidView[]>();
  for (const bid of bids) {
    const lots = new Set(bid.lots.map((l) => l.lot));
    for (const lot of lots) {
      const entry = perLot.get(lot);
      if (entry === undefined) perLot.set(lot, [bid]);
      else entry.push(bid);
    }
  }
  const counts = new Map<string | null, number>();
  for (const [lot, lotBids] of perLot) counts.set(lot, distinctBidders(lotBids));
  return counts;
}
