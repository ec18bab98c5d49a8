/** The steps of the zoom, as the share of the picture's own size (1 = labels at 12 px). */
export const ZOOMS = [0.5, 0.75, 1, 1.5, 2] as const;

/** The next zoom step from the scale shown now, in either direction. */
export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOMS.find((z) => z > current + 0.01) ?? ZOOMS[ZOOMS.length - 1]!;
  return [...ZOOMS].reverse().find((z) => z < current - 0.01) ?? ZOOMS[0];
}
