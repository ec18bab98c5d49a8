import type { MainCurrency } from './currency.ts';
import type { ReleaseView } from './release-view.ts';
import type { ResultsBuilder } from './results.ts';
import type { CardinalSettings } from './settings.ts';
import type { Tenderers } from './tenderers.ts';

/**
 * One step of the engine: sees every contracting process that passes the global rules, keeps
 * what it needs (compactly: a million releases go through it), and writes its results at the
 * end (the indicators that compare with quartiles can only decide then).
 */
export interface IndicatorPass {
  add(view: ReleaseView, results: ResultsBuilder): void;
  finish?(results: ResultsBuilder): void;
}

/** What an indicator is built from: its settings and the state shared between indicators. */
export type IndicatorContext = {
  settings: CardinalSettings;
  currency: MainCurrency;
  tenderers: Tenderers;
};
