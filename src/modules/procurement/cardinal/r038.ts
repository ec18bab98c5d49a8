import { upperFence } from './fences.ts';
import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { isObject, objectAt, stringAt } from './json.ts';
import { Sample } from './quartiles.ts';
import type { ReleaseView } from './release-view.ts';
import type { CardinalGroup, ResultsBuilder } from './results.ts';
import { DEFAULTS } from './settings.ts';
import { Tally } from './tally.ts';
import type { Tenderers } from './tenderers.ts';

/**
 * R038 Excessive disqualified bids: the ratio of disqualified to submitted bids, per buyer, per
 * procuring entity and per tenderer, is a high outlier, at or above Q3 + 1.5 IQR of its group
 * (or `threshold`). Only identifiers with at least `minimum_contracting_processes` (buyers and
 * procuring entities, default 2) or `minimum_submitted_bids` (tenderers, default 2) are
 * compared; as in Cardinal, both minimums count submitted bids. Value: the ratio. Skipped when
 * the fence is not positive (most identifiers with no disqualification would all be flagged).
 */
export function r038({ settings, tenderers }: IndicatorContext): IndicatorPass {
  const own = settings.R038 ?? {};
  const threshold = own.threshold;
  const minimumBids = own.minimumSubmittedBids ?? DEFAULTS.R038.minimumSubmittedBids;
  const minimumProcesses =
    own.minimumContractingProcesses ?? DEFAULTS.R038.minimumContractingProcesses;
  const buyers = new Tally();
  const procuringEntities = new Tally();

  const flag = (
    results: ResultsBuilder,
    fractions: Iterable<[string, number, number]>,
    minimum: number,
    group: CardinalGroup,
  ) => {
    const ids: string[] = [];
    const ratios: number[] = [];
    for (const [id, disqualified, submitted] of fractions) {
      if (submitted < minimum) continue;
      ids.push(id);
      ratios.push(disqualified / submitted);
    }
    if (ids.length === 0) return;
    let fence = threshold;
    if (fence === undefined) {
      const sample = new Sample(ratios);
      fence = upperFence(sample.lowerQuartile(), sample.upperQuartile());
    }
    if (!(fence > 0)) return;
    for (let i = 0; i < ids.length; i++) {
      if (ratios[i]! >= fence) results.set(group, ids[i]!, 'R038', ratios[i]!);
    }
  };

  return {
    add(view: ReleaseView) {
      const submitted = view.submittedBids();
      if (submitted.length === 0) return;
      let disqualified = 0;
      for (const bid of submitted) {
        const increment = bid.status === 'disqualified' ? 1 : 0;
        disqualified += increment;
        const list = bid.tenderers;
        if (!Array.isArray(list)) continue;
        for (const item of list) {
          const id = isObject(item) ? item.id : undefined;
          if (typeof id !== 'string') continue;
          const tenderer = tenderers.get(id);
          tenderer.submittedBids += 1;
          tenderer.disqualifiedBids += increment;
        }
      }
      const buyerId = stringAt(objectAt(view.release, 'buyer'), 'id');
      if (buyerId !== undefined) buyers.add(buyerId, disqualified, submitted.length);
      const entityId = stringAt(objectAt(view.tender, 'procuringEntity'), 'id');
      if (entityId !== undefined) procuringEntities.add(entityId, disqualified, submitted.length);
    },
    finish(results: ResultsBuilder) {
      flag(results, buyers.fractions(), minimumProcesses, 'Buyer');
      flag(results, procuringEntities.fractions(), minimumProcesses, 'ProcuringEntity');
      flag(results, tendererFractions(tenderers), minimumBids, 'Tenderer');
    },
  };
}

function* tendererFractions(tenderers: Tenderers): Generator<[string, number, number]> {
  for (const tenderer of tenderers.values()) {
    if (tenderer.submittedBids > 0) {
      yield [tenderer.id, tenderer.disqualifiedBids, tenderer.submittedBids];
    }
  }
}
