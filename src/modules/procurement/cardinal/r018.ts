import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { matchesProcurementMethod, type ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';
import { DEFAULTS } from './settings.ts';

/**
 * R018 Single bid received: /tender/numberOfTenderers is 1, in a process whose
 * /tender/procurementMethod is one of `procurement_methods` (default open|selective: a direct
 * award has one bidder by design). Value: 1.0 per OCID.
 */
export function r018({ settings }: IndicatorContext): IndicatorPass {
  const methods = new Set(settings.R018?.procurementMethods ?? DEFAULTS.R018.procurementMethods);
  return {
    add(view: ReleaseView, results: ResultsBuilder) {
      const tender = view.tender;
      if (!tender || !matchesProcurementMethod(tender, methods)) return;
      // Cardinal reads the count as an unsigned integer: -1 or "1" is not 1.
      if (tender.numberOfTenderers === 1) results.flag('R018');
    },
  };
}
