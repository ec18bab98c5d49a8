import type { RedFlag } from '../flag.ts';
import type { Facts } from './facts.ts';
import type { KyrgyzFlagSettings } from './settings.ts';

/**
 * One Kyrgyz red flag as a pass over the releases: `add` sees each release's facts once (and may
 * flag it at once); `finish` flags what needs the whole data set (averages, per-buyer counts).
 * A pass keeps only compact aggregates, never whole releases.
 */
export interface FlagPass {
  add(facts: Facts, out: FlagSink): void;
  finish(out: FlagSink): void;
}

/** Where raised flags go: a list, or a callback that stores them as they come. */
export type FlagSink = { push(flag: RedFlag): unknown };

export type PassContext = {
  settings: KyrgyzFlagSettings;
  /** Today as a day number, when the caller gave one (for look-back windows). */
  today: number | null;
};

/** Ratios are reported to 4 decimals: enough to explain, short to read. */
export function ratio(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
