/**
 * Small-count suppression for published counts. A cell under the threshold is withheld; if a
 * dimension then has exactly one withheld cell, the next smallest cell is withheld too, because
 * the published total minus the other cells would give the first one back (secondary
 * suppression). Zero is published: no reporter can be singled out from an empty cell.
 */
export const SUPPRESSION_THRESHOLD = 5;

export interface Cell {
  key: string;
  count: number;
}

export interface PublishedCell {
  key: string;
  count: number | null;
  suppressed: boolean;
}

export function suppressSmallCounts(
  cells: readonly Cell[],
  threshold = SUPPRESSION_THRESHOLD,
): PublishedCell[] {
  const withheld = new Set(
    cells.filter((c) => c.count > 0 && c.count < threshold).map((c) => c.key),
  );
  if (withheld.size === 1) {
    const next = cells
      .filter((c) => !withheld.has(c.key) && c.count > 0)
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))[0];
    if (next) withheld.add(next.key);
  }
  return cells.map((c) =>
    withheld.has(c.key)
      ? { key: c.key, count: null, suppressed: true }
      : { key: c.key, count: c.count, suppressed: false },
  );
}

/** The median of a list of numbers (null when empty). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
