import { bidderCount, biddersPerLot } from './bids.ts';
import type { Facts } from './facts.ts';
import type { FlagPass, FlagSink, PassContext } from './pass.ts';
import { field, list } from './read.ts';

export const SINGLE_BIDDER_BUYER = 'KG-BUYER-SINGLE-BIDDER';

const EXAMPLES = 5;

type BuyerTally = { count: number; latestOcid: string; latestDay: number; examples: string[] };

/**
 * A buyer whose tenders draw a single bidder more than 20 times (DPA red flag 8). Lots are
 * counted one by one, as DPA does; a tender without lots counts once. With `now`, only tenders
 * published in the look-back window count; without it, all do.
 */
export function singleBidderBuyer({ settings, today }: PassContext): FlagPass {
  const options = settings.singleBidderBuyer;
  const buyers = new Map<string, BuyerTally>();
  return {
    add(facts: Facts) {
      if (facts.direct !== false || facts.buyer === null) return;
      const day = facts.day?.value ?? null;
      if (today !== null) {
        if (day === null || day > today || day <= today - options.lookbackDays) return;
      }
      let singles = 0;
      if (list(field(field(facts.raw, 'bids'), 'details')).length > 0) {
        for (const count of biddersPerLot(facts.bids()).values()) {
          if (count === 1) singles += 1;
        }
      } else if (bidderCount(facts.raw, settings, facts.bids())?.value === 1) {
        singles = 1;
      }
      if (singles === 0) return;
      const tally = buyers.get(facts.buyer.value);
      const when = day ?? Number.NEGATIVE_INFINITY;
      if (tally === undefined) {
        buyers.set(facts.buyer.value, {
          count: singles,
          latestOcid: facts.ocid,
          latestDay: when,
          examples: [facts.ocid],
        });
        return;
      }
      tally.count += singles;
      if (when >= tally.latestDay) {
        tally.latestDay = when;
        tally.latestOcid = facts.ocid;
      }
      if (tally.examples.length < EXAMPLES) tally.examples.push(facts.ocid);
    },
    finish(out: FlagSink) {
      for (const [buyer, tally] of buyers) {
        if (tally.count <= options.maxSingleBidder) continue;
        out.push({
          code: SINGLE_BIDDER_BUYER,
          subject: 'buyer',
          subjectId: buyer,
          ocid: tally.latestOcid,
          value: tally.count,
          threshold: options.maxSingleBidder,
          evidence: [
            { path: "buyer's tenders (lots) with a single bidder", value: tally.count },
            { path: 'examples', value: tally.examples },
          ],
        });
      }
    },
  };
}
