import { lowerFence } from './fences.ts';
import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { Sample } from './quartiles.ts';
import type { ResultsBuilder } from './results.ts';
import type { SecondLowestBids } from './second-lowest-bid.ts';

/**
 * R024 Price close to winning bid: the percentage difference between the winning bid and the
 * second-lowest valid bid is a low outlier, at or below the lower fence Q1 − 1.5 IQR of all
 * processes' differences (or `threshold`). Value: the difference per OCID; the winner and the
 * second-lowest tenderer get 0.0. Skipped when Q1 or the fence is not positive: otherwise, with
 * most differences at 0, three quarters of processes would be flagged.
 */
export function r024({ settings }: IndicatorContext, bids: SecondLowestBids): IndicatorPass {
  const threshold = settings.R024?.threshold;
  return {
    add() {},
    finish(results: ResultsBuilder) {
      const latest = bids.latest();
      let fence: number;
      let q1: number;
      if (threshold === undefined) {
        const sample = new Sample(latest.map((i) => bids.ratios[i]!));
        q1 = sample.lowerQuartile();
        fence = lowerFence(q1, sample.upperQuartile());
      } else {
        fence = threshold;
        q1 = 1; // a fixed fence needs no guard on Q1
      }
      if (!(q1 > 0 && fence > 0)) return;
      for (const i of latest) {
        const ratio = bids.ratios[i]!;
        if (!(ratio <= fence)) continue;
        results.set('OCID', bids.ocids[i]!, 'R024', ratio);
        results.set('Tenderer', bids.winners[i]!.id, 'R024', 0);
        results.set('Tenderer', bids.runnersUp[i]!.id, 'R024', 0);
      }
    },
  };
}
