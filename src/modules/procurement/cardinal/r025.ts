import { lowerFence } from './fences.ts';
import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { arrayAt, isObject, stringAt } from './json.ts';
import { Sample } from './quartiles.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';
import { DEFAULTS } from './settings.ts';
import type { TendererRecord } from './tenderers.ts';

/**
 * R025 Excessive unsuccessful bids: a top tenderer (its number of processes with a valid bid is
 * at or above the `percentile`, default 75th) whose ratio of won to bid processes is a low
 * outlier, at or below Q1 − 1.5 IQR of all tenderers' ratios (or `threshold`). Counted in
 * processes with all awards final and one active award to one supplier, valid bids by a single
 * tenderer, each tenderer once per process. Value: the ratio per tenderer. Skipped when Q1 or
 * the fence is not positive.
 */
export function r025({ settings, tenderers }: IndicatorContext): IndicatorPass {
  const percentile = settings.R025?.percentile ?? DEFAULTS.R025.percentile;
  const threshold = settings.R025?.threshold;
  return {
    add(view: ReleaseView) {
      const winnerId = view.soleWinnerId();
      if (winnerId === undefined) return;
      for (const bid of view.details!) {
        if (!isObject(bid) || bid.status !== 'valid') continue;
        const list = arrayAt(bid, 'tenderers');
        if (list?.length !== 1) continue;
        const id = stringAt(list[0], 'id');
        if (id === undefined) continue;
        const tenderer = tenderers.get(id);
        if (tenderer.bidInRelease === view.serial) continue;
        tenderer.bidInRelease = view.serial;
        tenderer.processesBid += 1;
        if (id === winnerId) tenderer.processesWon += 1;
      }
    },
    finish(results: ResultsBuilder) {
      const counted: TendererRecord[] = [];
      const bids: number[] = [];
      const ratios: number[] = [];
      for (const tenderer of tenderers.values()) {
        if (tenderer.processesBid === 0) continue;
        counted.push(tenderer);
        bids.push(tenderer.processesBid);
        ratios.push(tenderer.processesWon / tenderer.processesBid);
      }
      const topFence = new Sample(bids).percentile(percentile);
      let fence: number;
      let q1: number;
      if (threshold === undefined) {
        const sample = new Sample(ratios);
        q1 = sample.lowerQuartile();
        fence = lowerFence(q1, sample.upperQuartile());
      } else {
        fence = threshold;
        q1 = 1; // a fixed fence needs no guard on Q1
      }
      if (!(q1 > 0 && fence > 0)) return;
      for (let i = 0; i < counted.length; i++) {
        if (bids[i]! >= topFence && ratios[i]! <= fence) {
          results.set('Tenderer', counted[i]!.id, 'R025', ratios[i]!);
        }
      }
    },
  };
}
