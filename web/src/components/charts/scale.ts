/** Where a value sits on a 0..max scale, as a share of 0..100, clamped to the scale. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.max(0, Math.min(100, (value / max) * 100));
}

/** The top of a scale that fits every value and the target, never below 1. */
export function scaleMax(values: readonly (number | null | undefined)[]): number {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return Math.max(1, ...finite);
}
