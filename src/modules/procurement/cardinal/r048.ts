import { upperFence } from './fences.ts';
import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { arrayAt, objectAt, stringAt } from './json.ts';
import { Sample } from './quartiles.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';
import { DEFAULTS } from './settings.ts';

/**
 * R048 Heterogeneous supplier: the variety of what a supplier is awarded (distinct first
 * `digits` characters, default 2, of /awards[]/items[]/classification/id, over active awards
 * to that supplier alone) is a high outlier, at or above Q3 + 1.5 IQR (or `threshold`), among
 * suppliers seen in at least `minimum_contracting_processes` (default 20). Value: the variety.
 */
export function r048({ settings, tenderers }: IndicatorContext): IndicatorPass {
  const own = settings.R048 ?? {};
  const digits = own.digits ?? DEFAULTS.R048.digits;
  const threshold = own.threshold;
  const minimum = own.minimumContractingProcesses ?? DEFAULTS.R048.minimumContractingProcesses;
  return {
    add(view: ReleaseView) {
      if (!view.awards) return;
      for (const award of view.awards) {
        if (stringAt(award, 'status') !== 'active') continue;
        const items = arrayAt(award, 'items');
        const awarded = arrayAt(award, 'suppliers');
        // Several suppliers: which one supplies which item is unknown; left out.
        if (!items || !awarded || awarded.length !== 1) continue;
        const supplierId = stringAt(awarded[0], 'id');
        if (supplierId === undefined) continue;
        let codes: Set<string> | undefined;
        for (const item of items) {
          const code = stringAt(objectAt(item, 'classification'), 'id');
          if (code === undefined) continue;
          if (!codes) {
            // Known from the first classified item on: a supplier with none is not counted.
            const supplier = tenderers.get(supplierId);
            // A supplier counts once per process.
            if (supplier.awardedInRelease !== view.serial) {
              supplier.awardedInRelease = view.serial;
              supplier.awardedProcesses += 1;
            }
            supplier.classifications ??= new Set();
            codes = supplier.classifications;
          }
          codes.add(leadingCharacters(code, digits));
        }
      }
    },
    finish(results: ResultsBuilder) {
      const ids: string[] = [];
      const varieties: number[] = [];
      for (const supplier of tenderers.values()) {
        if (supplier.classifications === null || supplier.awardedProcesses < minimum) continue;
        ids.push(supplier.id);
        varieties.push(supplier.classifications.size);
      }
      let fence = threshold;
      if (fence === undefined) {
        const sample = new Sample(varieties);
        fence = upperFence(sample.lowerQuartile(), sample.upperQuartile());
      }
      for (let i = 0; i < ids.length; i++) {
        if (varieties[i]! >= fence) results.set('Tenderer', ids[i]!, 'R048', varieties[i]!);
      }
    },
  };
}

/** The first n characters, counted as Unicode code points like Rust's `chars()`. */
function leadingCharacters(text: string, n: number): string {
  let end = 0;
  for (let count = 0; count < n && end < text.length; count++) {
    const unit = text.charCodeAt(end);
    end += unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return end === text.length ? text : text.slice(0, end);
}
