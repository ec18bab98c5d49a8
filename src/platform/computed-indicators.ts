import type { Db } from './db/client.ts';
import type { PlatformModule } from './module.ts';

/**
 * A named query over the platform's own data that measures a Strategy indicator for a year
 * (e.g. the share of declarations filed on time). Returns null when there are no records for the
 * year to measure from, so that the dashboard says "no data yet" instead of a made-up number.
 */
export type ComputedIndicator = (
  db: Db,
  period: { year: number },
) => Promise<{ value: number; basis: string } | null>;

export type ComputedIndicators = ReadonlyMap<string, ComputedIndicator>;

/** Every module's computed indicators by key; a key measured by two modules is a wiring error. */
export function collectComputedIndicators(modules: readonly PlatformModule[]): ComputedIndicators {
  const all = new Map<string, ComputedIndicator>();
  for (const mod of modules) {
    for (const [key, compute] of Object.entries(mod.indicators ?? {})) {
      if (all.has(key)) throw new Error(`Computed indicator "${key}" is declared twice`);
      all.set(key, compute);
    }
  }
  return all;
}
