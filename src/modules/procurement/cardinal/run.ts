import type { Line } from '../ocds/lines.ts';
import type { CompiledRelease } from '../ocds/release.ts';
import { cardinalIndicators } from './engine.ts';
import type { CardinalResult } from './results.ts';
import type { CardinalSettings } from './settings.ts';

export type RunHooks = {
  /** A line that is not JSON: reported, skipped, never the end of the run. */
  onInvalidLine?: (lineNumber: number, reason: string) => void;
  /** Called every `progressEvery` lines with the number read so far. */
  onProgress?: (linesRead: number) => void;
  progressEvery?: number;
  /** Warnings from the engine (bids skipped for their currency). */
  warn?: (message: string) => void;
};

/**
 * The indicators over line-delimited compiled releases, as the CLI computes them: one line
 * parsed at a time, handed to the engine and dropped.
 */
export async function computeIndicators(
  lines: AsyncIterable<Line>,
  settings: CardinalSettings,
  hooks: RunHooks = {},
): Promise<CardinalResult> {
  const engine = cardinalIndicators(settings, { warn: hooks.warn });
  const every = hooks.progressEvery ?? 10_000;
  let read = 0;
  for await (const { lineNumber, text } of lines) {
    read += 1;
    if (hooks.onProgress && read % every === 0) hooks.onProgress(read);
    let release: unknown;
    try {
      release = JSON.parse(text);
    } catch (err) {
      hooks.onInvalidLine?.(lineNumber, err instanceof Error ? err.message : String(err));
      continue;
    }
    engine.add(release as CompiledRelease);
  }
  hooks.onProgress?.(read);
  return engine.finish();
}
