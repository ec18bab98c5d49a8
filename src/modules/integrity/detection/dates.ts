/**
 * Validity windows of edges. ISO yyyy-mm-dd strings compare as dates, so no parsing (and nothing
 * to throw on a malformed date: it simply compares as text). Null or empty means open-ended.
 */

export interface Window {
  from: string | null;
  until: string | null;
}

interface Dated {
  validFrom?: string | null;
  validUntil?: string | null;
}

const bound = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

export const windowOf = (edge: Dated): Window => ({
  from: bound(edge.validFrom),
  until: bound(edge.validUntil),
});

/** The edge held on that day. */
export function validAt(edge: Dated, day: string): boolean {
  const w = windowOf(edge);
  return (w.from === null || w.from <= day) && (w.until === null || day <= w.until);
}

/**
 * The stretch of time all these edges held together, or null when they never did. Only
 * stretches that began by `asOf` count: a post that starts next month is no conflict yet.
 */
export function commonWindow(edges: readonly Dated[], asOf: string): Window | null {
  let from: string | null = null;
  let until: string | null = null;
  for (const edge of edges) {
    const w = windowOf(edge);
    if (w.from !== null && (from === null || w.from > from)) from = w.from;
    if (w.until !== null && (until === null || w.until < until)) until = w.until;
  }
  if (from !== null && until !== null && from > until) return null;
  if (from !== null && from > asOf) return null;
  return { from, until };
}
