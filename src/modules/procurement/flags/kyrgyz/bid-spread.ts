import type { Facts } from './facts.ts';
import { type FlagPass, type FlagSink, type PassContext, ratio } from './pass.ts';

export const BID_SPREAD = 'KG-BID-SPREAD';

/**
 * Bids differing by 30% or more on one lot (DPA red flag 7): (highest − lowest) / highest, or,
 * in 'winnerToNext' mode, the gap between the lowest and the next bid. A wide spread can mean
 * cover bids placed to lose. Lots with fewer than two priced bids are silent.
 */
export function bidSpread({ settings }: PassContext): FlagPass {
  const options = settings.bidSpread;
  return {
    add(facts: Facts, out: FlagSink) {
      if (facts.direct === true) return;
      const perLot = new Map<string | null, { amount: number; path: string }[]>();
      for (const bid of facts.bids()) {
        for (const onLot of bid.lots) {
          if (onLot.amount === null || onLot.amount <= 0) continue;
          const entry = perLot.get(onLot.lot);
          const priced = { amount: onLot.amount, path: onLot.path };
          if (entry === undefined) perLot.set(onLot.lot, [priced]);
          else entry.push(priced);
        }
      }
      let worst: { spread: number; lot: string | null; low: Priced; high: Priced } | null = null;
      for (const [lot, bids] of perLot) {
        if (bids.length < 2) continue;
        const sorted = [...bids].sort((a, b) => a.amount - b.amount);
        const low = sorted[0] as Priced;
        const high = (options.mode === 'winnerToNext' ? sorted[1] : sorted.at(-1)) as Priced;
        const spread = (high.amount - low.amount) / high.amount;
        if (worst === null || spread > worst.spread) worst = { spread, lot, low, high };
      }
      if (worst === null || worst.spread < options.minSpread) return;
      out.push({
        code: BID_SPREAD,
        subject: 'tender',
        subjectId: facts.ocid,
        ocid: facts.ocid,
        value: ratio(worst.spread),
        threshold: options.minSpread,
        evidence: [
          ...(worst.lot === null ? [] : [{ path: 'lot', value: worst.lot }]),
          { path: worst.low.path, value: worst.low.amount },
          { path: worst.high.path, value: worst.high.amount },
        ],
      });
    },
    finish() {},
  };
}

type Priced = { amount: number; path: string };
