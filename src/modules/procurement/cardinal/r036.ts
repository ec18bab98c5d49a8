import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { isObject, stringAt } from './json.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';

/**
 * R036 Lowest bid disqualified: in a process with an active award whose prices may be compared,
 * the lowest submitted bid (main currency) is disqualified while at least one valid bid has an
 * amount, so the award criterion is taken to be price only. Value: 1.0 per OCID.
 */
export function r036({ currency }: IndicatorContext): IndicatorPass {
  return {
    add(view: ReleaseView, results: ResultsBuilder) {
      if (!view.comparesPrices || !view.awards) return;
      if (!view.awards.some((award) => stringAt(award, 'status') === 'active')) return;
      let lowest: number | undefined;
      let lowestDisqualified = false;
      let validWithAmount = false;
      for (const bid of view.submittedBids()) {
        const value = bid.value;
        if (!isObject(value)) continue;
        const { amount, currency: code } = value;
        if (typeof amount !== 'number' || typeof code !== 'string') continue;
        if (!currency.accepts(code)) continue;
        if (lowest === undefined || amount < lowest) {
          lowest = amount;
          lowestDisqualified = bid.status === 'disqualified';
        }
        if (bid.status === 'valid') validWithAmount = true;
      }
      if (validWithAmount && lowestDisqualified) results.flag('R036');
    },
  };
}
