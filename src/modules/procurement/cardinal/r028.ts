import type { IndicatorPass } from './indicator.ts';
import { arrayAt, isObject, type JsonObject, sameSet } from './json.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';

/**
 * R028 Identical bid prices: two submitted bids in a process have the same amount and currency
 * but different sets of tenderers (a tenderer may repeat its own price). Only processes whose
 * prices may be compared. Value: 1.0 per OCID and per tenderer of those bids.
 */
export function r028(): IndicatorPass {
  return {
    add(view: ReleaseView, results: ResultsBuilder) {
      if (!view.comparesPrices) return;
      const bids = view.submittedBids();
      if (bids.length < 2 || !anyEqualAmounts(bids)) return;
      const byPrice = new Map<string, Set<string>>();
      for (const bid of bids) {
        const tenderers = arrayAt(bid, 'tenderers');
        const value = bid.value;
        if (!tenderers || !isObject(value)) continue;
        const { amount, currency } = value;
        if (typeof amount !== 'number' || typeof currency !== 'string') continue;
        const ids = new Set<string>();
        for (const tenderer of tenderers) {
          const id = isObject(tenderer) ? tenderer.id : undefined;
          if (typeof id === 'string') ids.add(id);
        }
        if (ids.size === 0) continue;
        // The amount's shortest decimal form is unique per number (and 0 and -0 are one price).
        const price = `${amount} ${currency}`;
        const other = byPrice.get(price);
        if (other && !sameSet(ids, other)) {
          results.flag('R028');
          for (const id of ids) results.set('Tenderer', id, 'R028', 1);
          for (const id of other) results.set('Tenderer', id, 'R028', 1);
        }
        byPrice.set(price, ids);
      }
    },
  };
}

/**
 * Whether two bids have the same amount at all: most processes have none, and this answers
 * without building anything (the exact check above then only runs where it can find a match).
 */
function anyEqualAmounts(bids: JsonObject[]): boolean {
  const amounts: number[] = [];
  for (const bid of bids) {
    const amount = isObject(bid.value) ? bid.value.amount : undefined;
    if (typeof amount !== 'number') continue;
    // Few bids per process: comparing pairs beats hashing; many bids: a set.
    if (amounts.length > 32) return true;
    if (amounts.includes(amount)) return true;
    amounts.push(amount);
  }
  return false;
}
