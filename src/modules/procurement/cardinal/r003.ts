import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { objectAt, stringAt } from './json.ts';
import { matchesProcurementMethod, type ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';
import { daysBetween, parseRfc3339 } from './rfc3339.ts';
import { DEFAULTS } from './settings.ts';

/**
 * R003 Short submission period: the tender period (/tender/tenderPeriod endDate − startDate,
 * in whole days, truncated) is shorter than the threshold (default 15 days, or the threshold
 * set for the process's /tender/procurementMethodDetails). Value: 1.0 per OCID.
 */
export function r003({ settings }: IndicatorContext): IndicatorPass {
  const own = settings.R003 ?? {};
  const threshold = own.threshold ?? DEFAULTS.R003.threshold;
  const methods = new Set(own.procurementMethods ?? []);
  const byDetails = new Map(Object.entries(own.procurementMethodDetails ?? {}));
  return {
    add(view: ReleaseView, results: ResultsBuilder) {
      const tender = view.tender;
      if (!tender || !matchesProcurementMethod(tender, methods)) return;
      const period = objectAt(tender, 'tenderPeriod');
      const startText = stringAt(period, 'startDate');
      const endText = stringAt(period, 'endDate');
      if (startText === undefined || endText === undefined) return;
      const start = parseRfc3339(startText);
      const end = parseRfc3339(endText);
      if (!start || !end) return;
      const specific =
        view.methodDetails === undefined ? undefined : byDetails.get(view.methodDetails);
      if (daysBetween(start, end) < (specific ?? threshold)) results.flag('R003');
    },
  };
}
