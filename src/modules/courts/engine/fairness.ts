import type { EligibleJudge } from './types.ts';

/**
 * The public fairness check: do the judges' allocation counts fit the weights the published
 * rules gave them? A Pearson chi-square goodness-of-fit test of observed against expected counts.
 */

export interface JudgeCount {
  judge: string;
  observed: number;
  expected: number;
}

export interface FairnessJudge extends JudgeCount {
  /** This judge's term (observed - expected)² / expected; 0 when left out of the test. */
  contribution: number;
  /** False for a judge who was never eligible (expected 0): they carry no information. */
  tested: boolean;
}

export type FairnessVerdict = 'consistent' | 'inconsistent' | 'too-few';

/** Why the verdict is what it is, as a code the UI translates. */
export type FairnessReason =
  | 'fewer-than-two-judges'
  | 'expected-below-minimum'
  | 'picked-never-eligible'
  | 'p-below-significance'
  | 'p-at-or-above-significance';

export interface Fairness {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
  /** All allocations counted, including any of never-eligible judges. */
  allocations: number;
  verdict: FairnessVerdict;
  reason: FairnessReason;
  significance: number;
  minExpected: number;
  judges: FairnessJudge[];
}

export interface FairnessOptions {
  /**
   * A court's statistics are looked at for many days, courts and ranges, so the test is run
   * many times; a strict level keeps honest courts from being flagged by chance (at 0.05 one
   * look in twenty would raise a false alarm).
   */
  significance?: number;
  /** The usual validity rule of the chi-square approximation: every expected count at least 5. */
  minExpected?: number;
}

export const DEFAULT_SIGNIFICANCE = 0.001;
export const DEFAULT_MIN_EXPECTED = 5;

export function fairness(judges: readonly JudgeCount[], opts: FairnessOptions = {}): Fairness {
  const significance = opts.significance ?? DEFAULT_SIGNIFICANCE;
  const minExpected = opts.minExpected ?? DEFAULT_MIN_EXPECTED;
  for (const j of judges) {
    if (!Number.isFinite(j.observed) || j.observed < 0)
      throw new Error(`observed count of ${j.judge} is not a non-negative number`);
    if (!Number.isFinite(j.expected) || j.expected < 0)
      throw new Error(`expected count of ${j.judge} is not a non-negative number`);
  }
  // A judge who was never eligible has no chance to be drawn, so they stay out of the test.
  const rows: FairnessJudge[] = judges.map((j) => {
    const tested = j.expected > 0;
    const contribution = tested ? (j.observed - j.expected) ** 2 / j.expected : 0;
    return { judge: j.judge, observed: j.observed, expected: j.expected, contribution, tested };
  });
  const tested = rows.filter((r) => r.tested);
  const allocations = rows.reduce((sum, r) => sum + r.observed, 0);
  const base = { allocations, significance, minExpected, judges: rows };

  if (tested.length < 2) {
    // One judge (or none) can only ever get everything: there is nothing to compare.
    const impossible = rows.some((r) => !r.tested && r.observed > 0);
    return {
      ...base,
      statistic: 0,
      degreesOfFreedom: 0,
      pValue: impossible ? 0 : 1,
      verdict: impossible ? 'inconsistent' : 'too-few',
      reason: impossible ? 'picked-never-eligible' : 'fewer-than-two-judges',
    };
  }
  const statistic = tested.reduce((sum, r) => sum + r.contribution, 0);
  const degreesOfFreedom = tested.length - 1;
  const pValue = chiSquareSurvival(statistic, degreesOfFreedom);
  // Being drawn while never eligible is impossible under the rules, whatever the sample size.
  if (rows.some((r) => !r.tested && r.observed > 0))
    return {
      ...base,
      statistic,
      degreesOfFreedom,
      pValue: 0,
      verdict: 'inconsistent',
      reason: 'picked-never-eligible',
    };
  // The chi-square distribution only approximates the statistic well when every expected count
  // is at least 5 (Cochran's rule); below that the p-value is shown but no verdict is given.
  if (tested.some((r) => r.expected < minExpected))
    return {
      ...base,
      statistic,
      degreesOfFreedom,
      pValue,
      verdict: 'too-few',
      reason: 'expected-below-minimum',
    };
  const inconsistent = pValue < significance;
  return {
    ...base,
    statistic,
    degreesOfFreedom,
    pValue,
    verdict: inconsistent ? 'inconsistent' : 'consistent',
    reason: inconsistent ? 'p-below-significance' : 'p-at-or-above-significance',
  };
}

/**
 * Observed and expected counts per judge from allocations: each allocation gives every eligible
 * judge their chance weight / total weight, and one observation to the judge drawn. Sorted by
 * judge id (UTF-16 code units, as the log sorts).
 */
export function expectedCounts(
  allocations: ReadonlyArray<{ eligible: readonly EligibleJudge[]; judge: string }>,
): JudgeCount[] {
  const counts = new Map<string, JudgeCount>();
  const row = (judge: string) => {
    let r = counts.get(judge);
    if (!r) {
      r = { judge, observed: 0, expected: 0 };
      counts.set(judge, r);
    }
    return r;
  };
  for (const a of allocations) {
    const total = a.eligible.reduce((sum, j) => sum + j.weight, 0);
    if (total > 0) for (const j of a.eligible) row(j.judge).expected += j.weight / total;
    row(a.judge).observed += 1;
  }
  return [...counts.values()].sort((a, b) => (a.judge < b.judge ? -1 : a.judge > b.judge ? 1 : 0));
}

/** P(X ≥ x) for X chi-square distributed with df degrees of freedom: Q(df/2, x/2). */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) throw new Error(`degrees of freedom must be positive: ${df}`);
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  return upperGammaRegularized(df / 2, x / 2);
}

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), after Numerical
 * Recipes (3rd ed.) §6.2 and Abramowitz & Stegun 6.5.29 / 6.5.31: for x < a + 1 the series of
 * P(a, x) converges fast and Q = 1 - P; otherwise the continued fraction for Q, evaluated with
 * the modified Lentz method, converges fast and keeps tiny tails accurate.
 */
export function upperGammaRegularized(a: number, x: number): number {
  if (!(a > 0)) throw new Error(`shape must be positive: ${a}`);
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const prefactor = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    // P(a, x) = e^-x x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n))
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return Math.max(0, 1 - sum * prefactor);
  }
  // Q(a, x) = e^-x x^a / Γ(a) · 1/(x+1-a- 1·(1-a)/(x+3-a- 2·(2-a)/(x+5-a- …)))
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.min(1, prefactor * h);
}

/**
 * Lanczos coefficients of Numerical Recipes (3rd ed.) §6.1, g = 671/128: about 15 digits. Written
 * as the doubles the book's 18-digit literals round to.
 */
const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202,
  3.399464998481189e-5, 4.652362892704858e-5, -9.837447530487956e-5, 1.580887032249125e-4,
  -2.1026444172410488e-4, 2.1743961811521265e-4, -1.643181065367639e-4, 8.441822398385275e-5,
  -2.6190838401581408e-5, 3.6899182659531625e-6,
];
const LANCZOS_C0 = 0.9999999999999971;
/** √(2π) */
const SQRT_TWO_PI = 2.5066282746310007;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new Error(`logGamma needs a positive argument: ${x}`);
  let y = x;
  let tmp = x + 5.2421875;
  tmp = (x + 0.5) * Math.log(tmp) - tmp;
  let series = LANCZOS_C0;
  for (const c of LANCZOS) {
    y += 1;
    series += c / y;
  }
  return tmp + Math.log((SQRT_TWO_PI * series) / x);
}
