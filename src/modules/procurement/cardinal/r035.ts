import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { arrayAt, isObject, sameSet, stringAt } from './json.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';
import { DEFAULTS } from './settings.ts';

/**
 * R035 All except winning bid disqualified: all awards final, a single tenderer has valid bids,
 * it is exactly the set of suppliers of the active awards, and at least `threshold` (default 1)
 * other tenderers have disqualified bids. Value: that number per OCID; the winner gets 0.0.
 */
export function r035({ settings }: IndicatorContext): IndicatorPass {
  const threshold = Math.max(settings.R035?.threshold ?? DEFAULTS.R035.threshold, 1);
  return {
    add(view: ReleaseView, results: ResultsBuilder) {
      const active = view.activeAwardsIfAllFinal();
      if (!active) return;
      const suppliers = new Set<string>();
      for (const award of active) {
        for (const supplier of arrayAt(award, 'suppliers') ?? []) {
          const id = stringAt(supplier, 'id');
          if (id !== undefined) suppliers.add(id);
        }
      }
      const valid = new Set<string>();
      const disqualified = new Set<string>();
      for (const bid of view.details!) {
        if (!isObject(bid)) continue;
        const set =
          bid.status === 'valid' ? valid : bid.status === 'disqualified' ? disqualified : null;
        const tenderers = arrayAt(bid, 'tenderers');
        if (!set || !tenderers) continue;
        for (const tenderer of tenderers) {
          const id = stringAt(tenderer, 'id');
          if (id !== undefined) set.add(id);
        }
      }
      // Several valid tenderers or winners: a buyer may split an award; not a red flag.
      if (valid.size !== 1 || !sameSet(valid, suppliers)) return;
      let others = 0;
      for (const id of disqualified) if (!valid.has(id)) others += 1;
      if (others < threshold) return;
      results.set('OCID', view.ocid, 'R035', others);
      for (const id of valid) results.set('Tenderer', id, 'R035', 0);
    },
  };
}
