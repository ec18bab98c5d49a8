import type { CompiledRelease, ReleasePass } from '../ocds/release.ts';
import { MainCurrency } from './currency.ts';
import type { IndicatorContext, IndicatorPass } from './indicator.ts';
import { isObject } from './json.ts';
import { r003 } from './r003.ts';
import { r018 } from './r018.ts';
import { r024 } from './r024.ts';
import { r025 } from './r025.ts';
import { r028 } from './r028.ts';
import { r030 } from './r030.ts';
import { r035 } from './r035.ts';
import { r036 } from './r036.ts';
import { r038 } from './r038.ts';
import { r048 } from './r048.ts';
import { r058 } from './r058.ts';
import { matchesMethodDetails, ReleaseView } from './release-view.ts';
import { type CardinalResult, ResultsBuilder } from './results.ts';
import { SecondLowestBids } from './second-lowest-bid.ts';
import type { CardinalSettings } from './settings.ts';
import { Tenderers } from './tenderers.ts';

export type EngineOptions = {
  /** Told once, at the end, about what was skipped (bids in another currency). */
  warn?: (message: string) => void;
};

/**
 * The OCP Cardinal red-flag indicators (open-contracting/cardinal-rs, b04158a) over compiled
 * releases, one at a time. Only indicators with a section in the settings run (see
 * `allIndicators()`). Global rules, as in Cardinal: a release is skipped if it is not an
 * object, if its ocid is not a string, if /tender/status is "cancelled", or if
 * /tender/procurementMethodDetails is in `[exclusions] procurement_method_details`.
 */
export function cardinalIndicators(
  settings: CardinalSettings,
  options: EngineOptions = {},
): ReleasePass<CardinalResult> {
  const currency = new MainCurrency(settings.currency);
  const tenderers = new Tenderers();
  const context: IndicatorContext = { settings, currency, tenderers };
  const passes: IndicatorPass[] = [];
  // Shared work first: the second-lowest bid feeds R024 and R058, and it meets the main
  // currency before R036 does, as in Cardinal.
  if (settings.R024 || settings.R058) {
    const bids = new SecondLowestBids(currency, tenderers);
    passes.push(bids);
    if (settings.R024) passes.push(r024(context, bids));
    if (settings.R058) passes.push(r058(context, bids));
  }
  if (settings.R003) passes.push(r003(context));
  if (settings.R018) passes.push(r018(context));
  if (settings.R025) passes.push(r025(context));
  if (settings.R028) passes.push(r028());
  if (settings.R030) passes.push(r030());
  if (settings.R035) passes.push(r035(context));
  if (settings.R036) passes.push(r036(context));
  if (settings.R038) passes.push(r038(context));
  if (settings.R048) passes.push(r048(context));

  const excluded = new Set(settings.exclusions?.procurementMethodDetails ?? []);
  const priceInclude = new Set(settings.priceComparisonProcurementMethods ?? []);
  const priceExclude = new Set(settings.noPriceComparisonProcurementMethods ?? []);
  const view = new ReleaseView();
  const results = new ResultsBuilder();

  return {
    add(release: CompiledRelease) {
      const data: unknown = release;
      if (!isObject(data)) return;
      const ocid = data.ocid;
      if (typeof ocid !== 'string') return;
      const tender = isObject(data.tender) ? data.tender : undefined;
      if (tender && tender.status === 'cancelled') return;
      const details =
        tender && typeof tender.procurementMethodDetails === 'string'
          ? tender.procurementMethodDetails
          : undefined;
      if (details !== undefined && excluded.has(details)) return;
      view.load(data, ocid, tender, details);
      view.comparesPrices = matchesMethodDetails(details, priceInclude, priceExclude);
      tenderers.startRelease();
      results.beginRelease(ocid);
      for (const pass of passes) pass.add(view, results);
      results.endRelease();
    },
    finish() {
      for (const pass of passes) pass.finish?.(results);
      if (currency.skipped > 0) {
        options.warn?.(
          `${currency.skipped} bid amounts not in the main currency (${currency.code}) were skipped; set "currency" in the settings to choose it`,
        );
      }
      return results.result();
    },
  };
}
