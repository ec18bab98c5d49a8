/**
 * Tukey's fences, as Cardinal writes them: `(q3 - q1).mul_add(±1.5, q)`, a fused multiply-add
 * (one rounding instead of two). JavaScript has no FMA, so the product's rounding error is
 * recovered exactly (Dekker's TwoProduct) and added back: the result is the correctly rounded
 * value in all but vanishingly rare ties, which keeps flags on the fence exactly where
 * Cardinal puts them.
 */

/** a × b + c with a single rounding (to within the rare double-rounding tie). */
export function fusedMultiplyAdd(a: number, b: number, c: number): number {
  const product = a * b;
  // Overflow, infinities and NaN: the error terms below would be meaningless.
  if (!Number.isFinite(product) || !Number.isFinite(c) || Math.abs(product) > 1e300) {
    return product + c;
  }
  const productError = twoProductError(a, b, product);
  const sum = product + c;
  const sumError = twoSumError(product, c, sum);
  return sum + (sumError + productError);
}

/** Q1 − 1.5 × IQR: below it a value is a low outlier. */
export function lowerFence(q1: number, q3: number): number {
  return fusedMultiplyAdd(q3 - q1, -1.5, q1);
}

/** Q3 + 1.5 × IQR: above it a value is a high outlier. */
export function upperFence(q1: number, q3: number): number {
  return fusedMultiplyAdd(q3 - q1, 1.5, q3);
}

// Veltkamp's splitter for doubles: 2^27 + 1.
const SPLITTER = 134217729;

function split(x: number): [number, number] {
  const t = SPLITTER * x;
  const high = t - (t - x);
  return [high, x - high];
}

/** The exact error of the rounded product p = fl(a × b): a × b = p + error. */
function twoProductError(a: number, b: number, p: number): number {
  const [aHigh, aLow] = split(a);
  const [bHigh, bLow] = split(b);
  return aLow * bLow - (p - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}

/** The exact error of the rounded sum s = fl(a + b): a + b = s + error (Knuth's TwoSum). */
function twoSumError(a: number, b: number, s: number): number {
  const bVirtual = s - a;
  const aVirtual = s - bVirtual;
  return a - aVirtual + (b - bVirtual);
}
