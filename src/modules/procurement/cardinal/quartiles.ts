/**
 * Quantiles as Cardinal computes them (through the statrs crate): the R-8 definition of Hyndman
 * and Fan, "approximately median-unbiased", recommended by them and used by default nowhere else
 * we know of, so it is written out here. For a sample of n values and a probability p:
 *
 *   h = (n + 1/3) p + 1/3,  Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])
 *
 * with x[1..n] the sorted values, the minimum when ⌊h⌋ < 1 and the maximum when ⌊h⌋ ≥ n.
 * The same floating-point operations in the same order as statrs, so results match to the bit.
 */
export class Sample {
  readonly #sorted: Float64Array;
  readonly #hasNaN: boolean;

  constructor(values: ArrayLike<number> | Iterable<number>) {
    const sorted = Float64Array.from(values as ArrayLike<number>);
    // A typed array sorts numerically, NaN last.
    sorted.sort();
    this.#sorted = sorted;
    this.#hasNaN = sorted.length > 0 && Number.isNaN(sorted[sorted.length - 1]!);
  }

  get size(): number {
    return this.#sorted.length;
  }

  /** Q(tau), or NaN for an empty sample or tau outside [0, 1]. */
  quantile(tau: number): number {
    const n = this.#sorted.length;
    if (!(tau >= 0 && tau <= 1) || n === 0) return Number.NaN;
    const h = (n + 1 / 3) * tau + 1 / 3;
    const hf = Math.trunc(h);
    // statrs takes the minimum and maximum as reductions that give NaN if any value is NaN.
    if (hf <= 0 || tau === 0) return this.#hasNaN ? Number.NaN : this.#sorted[0]!;
    if (hf >= n || nearlyOne(tau)) return this.#hasNaN ? Number.NaN : this.#sorted[n - 1]!;
    const a = this.#sorted[hf - 1]!;
    const b = this.#sorted[hf]!;
    return a + (h - hf) * (b - a);
  }

  /** The first quartile, Q(0.25). */
  lowerQuartile(): number {
    return this.quantile(0.25);
  }

  /** The third quartile, Q(0.75). */
  upperQuartile(): number {
    return this.quantile(0.75);
  }

  /** Q(p / 100) for a whole percentage p (NaN above 100). */
  percentile(p: number): number {
    return this.quantile(p / 100);
  }
}

/** statrs compares tau with 1 within 4 units in the last place (approx's `ulps_eq!`). */
function nearlyOne(tau: number): boolean {
  return Math.abs(tau - 1) <= 4 * Number.EPSILON;
}
