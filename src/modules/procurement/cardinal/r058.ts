import { upperFence } from './fences.ts';
import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { Sample } from './quartiles.ts';
import type { ResultsBuilder } from './results.ts';
import type { SecondLowestBids } from './second-lowest-bid.ts';

/**
 * R058 Heavily discounted bid: the percentage difference between the winning bid and the
 * second-lowest valid bid is a high outlier, at or above the upper fence Q3 + 1.5 IQR (or
 * `threshold`). Value: the difference per OCID; the winner gets 0.0. Skipped when the fence is
 * not positive (three quarters of processes with no difference would all be flagged).
 */
export function r058({ settings }: IndicatorContext, bids: SecondLowestBids): IndicatorPass {
  const threshold = settings.R058?.threshold;
  return {
    add() {},
    finish(results: ResultsBuilder) {
      const latest = bids.latest();
      let fence = threshold;
      if (fence === undefined) {
        const sample = new Sample(latest.map((i) => bids.ratios[i]!));
        fence = upperFence(sample.lowerQuartile(), sample.upperQuartile());
      }
      if (!(fence > 0)) return;
      for (const i of latest) {
        const ratio = bids.ratios[i]!;
        if (!(ratio >= fence)) continue;
        results.set('OCID', bids.ocids[i]!, 'R058', ratio);
        results.set('Tenderer', bids.winners[i]!.id, 'R058', 0);
      }
    },
  };
}
