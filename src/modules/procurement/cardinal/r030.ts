import type { IndicatorPass } from './indicator.ts';
import { arrayAt, isObject, objectAt, stringAt } from './json.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';

/**
 * R030 Late bid won: a valid bid dated after /tender/tenderPeriod/endDate was submitted by a
 * supplier of an active award. Dates are compared as text, as Cardinal does (ISO 8601 in the
 * same offset sorts chronologically). Value: 1.0 per OCID and per such tenderer.
 */
export function r030(): IndicatorPass {
  return {
    add(view: ReleaseView, results: ResultsBuilder) {
      const endDate = stringAt(objectAt(view.tender, 'tenderPeriod'), 'endDate');
      if (endDate === undefined || !view.awards || !view.details) return;
      const winners = new Set<string>();
      for (const award of view.awards) {
        if (stringAt(award, 'status') !== 'active') continue;
        for (const supplier of arrayAt(award, 'suppliers') ?? []) {
          const id = stringAt(supplier, 'id');
          if (id !== undefined) winners.add(id);
        }
      }
      if (winners.size === 0) return;
      for (const bid of view.details) {
        if (!isObject(bid) || bid.status !== 'valid') continue;
        const date = bid.date;
        if (typeof date !== 'string' || !(date > endDate)) continue;
        for (const tenderer of arrayAt(bid, 'tenderers') ?? []) {
          const id = stringAt(tenderer, 'id');
          if (id !== undefined && winners.has(id)) {
            results.flag('R030');
            results.set('Tenderer', id, 'R030', 1);
          }
        }
      }
    },
  };
}
