import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  expectedCounts,
  fairness,
  logGamma,
  upperGammaRegularized,
} from './fairness.ts';
import type { EligibleJudge } from './types.ts';

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe('chiSquareSurvival', () => {
  it("agrees with R's pchisq(x, df, lower.tail = FALSE)", () => {
    // Critical values qchisq(1 - p, df) and the p they give back.
    const cases: Array<[x: number, df: number, p: number]> = [
      [3.84145882, 1, 0.05],
      [3.841458820694124, 1, 0.05],
      [18.30703805, 10, 0.05],
      [12.591587243743977, 6, 0.05],
      [10.827566170662733, 1, 0.001],
      [22.457744484825323, 6, 0.001],
      [124.342113404, 100, 0.05],
      // 2·pnorm(-10): a tail far below anything the series of P could resolve.
      [100, 1, 1.523970604832105e-23],
      // pchisq(1, 1, lower = FALSE) = 2·pnorm(-1)
      [1, 1, 0.31731050786291415],
    ];
    for (const [x, df, p] of cases)
      expect(relative(chiSquareSurvival(x, df), p)).toBeLessThan(1e-7);
  });

  it('is 1 at 0 and tends to 0 for large x', () => {
    for (const df of [1, 2, 6, 30, 999]) expect(chiSquareSurvival(0, df)).toBe(1);
    expect(chiSquareSurvival(1000, 10)).toBeGreaterThan(0);
    expect(chiSquareSurvival(1000, 10)).toBeLessThan(1e-200);
    expect(chiSquareSurvival(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });

  it('matches the closed forms for 2 and 4 degrees of freedom', () => {
    // Q(1, x/2) = e^(-x/2); Q(2, x/2) = e^(-x/2)(1 + x/2).
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1400, noNaN: true }), (x) => {
        expect(relative(chiSquareSurvival(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-10);
        expect(relative(chiSquareSurvival(x, 4), Math.exp(-x / 2) * (1 + x / 2))).toBeLessThan(
          1e-10,
        );
      }),
    );
  });

  it('falls as x grows and stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (a, b, df) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const pLo = chiSquareSurvival(lo, df);
          const pHi = chiSquareSurvival(hi, df);
          expect(pLo).toBeGreaterThanOrEqual(0);
          expect(pLo).toBeLessThanOrEqual(1);
          expect(pHi).toBeLessThanOrEqual(pLo + 1e-12);
        },
      ),
    );
  });

  it('is continuous where the series hands over to the continued fraction (x = a + 1)', () => {
    for (const a of [0.5, 3, 49.5]) {
      const below = upperGammaRegularized(a, a + 1 - 1e-9);
      const at = upperGammaRegularized(a, a + 1);
      expect(relative(below, at)).toBeLessThan(1e-8);
    }
  });

  it('refuses nonsense degrees of freedom', () => {
    expect(() => chiSquareSurvival(1, 0)).toThrow();
    expect(() => chiSquareSurvival(1, -2)).toThrow();
    expect(chiSquareSurvival(Number.NaN, 2)).toBeNaN();
  });
});

describe('logGamma', () => {
  it('gives ln of factorials and of Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(relative(logGamma(11), Math.log(3_628_800))).toBeLessThan(1e-14);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    // Γ(7/2) = 15√π / 8
    expect(logGamma(3.5)).toBeCloseTo(Math.log((15 * Math.sqrt(Math.PI)) / 8), 13);
  });
});

describe('fairness', () => {
  it('computes Pearson’s statistic by hand: 10, 20, 30 against 20 each', () => {
    const result = fairness([
      { judge: 'a', observed: 10, expected: 20 },
      { judge: 'b', observed: 20, expected: 20 },
      { judge: 'c', observed: 30, expected: 20 },
    ]);
    // (10-20)²/20 + 0 + (30-20)²/20 = 10 with 2 degrees of freedom: p = e^-5.
    expect(result.statistic).toBe(10);
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.pValue).toBeCloseTo(Math.exp(-5), 12);
    expect(result.allocations).toBe(60);
    expect(result.verdict).toBe('consistent');
    expect(result.reason).toBe('p-at-or-above-significance');
    expect(result.judges.map((j) => j.contribution)).toEqual([5, 0, 5]);
  });

  it('calls a p-value below 0.001 inconsistent', () => {
    const result = fairness([
      { judge: 'a', observed: 5, expected: 20 },
      { judge: 'b', observed: 35, expected: 20 },
      { judge: 'c', observed: 20, expected: 20 },
    ]);
    expect(result.statistic).toBe(22.5);
    expect(result.pValue).toBeCloseTo(Math.exp(-11.25), 15);
    expect(result.verdict).toBe('inconsistent');
    expect(result.reason).toBe('p-below-significance');
    // A looser level is the caller's choice.
    expect(
      fairness(
        [
          { judge: 'a', observed: 10, expected: 20 },
          { judge: 'b', observed: 30, expected: 20 },
        ],
        {
          significance: 0.05,
        },
      ).verdict,
    ).toBe('inconsistent');
  });

  it('gives no verdict when an expected count is below 5, but still shows the numbers', () => {
    const result = fairness([
      { judge: 'a', observed: 1, expected: 2 },
      { judge: 'b', observed: 3, expected: 2 },
    ]);
    expect(result.verdict).toBe('too-few');
    expect(result.reason).toBe('expected-below-minimum');
    expect(result.statistic).toBe(1);
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.pValue).toBeCloseTo(0.31731050786291415, 12);
  });

  it('has nothing to compare with no judges or a single one', () => {
    const none = fairness([]);
    expect(none).toMatchObject({
      statistic: 0,
      degreesOfFreedom: 0,
      pValue: 1,
      allocations: 0,
      verdict: 'too-few',
      reason: 'fewer-than-two-judges',
      judges: [],
    });
    const one = fairness([{ judge: 'a', observed: 500, expected: 500 }]);
    expect(one).toMatchObject({ verdict: 'too-few', allocations: 500, degreesOfFreedom: 0 });
  });

  it('leaves a never-eligible judge out of the test', () => {
    const result = fairness([
      { judge: 'a', observed: 10, expected: 20 },
      { judge: 'b', observed: 30, expected: 20 },
      { judge: 'z', observed: 0, expected: 0 },
    ]);
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.statistic).toBe(10);
    expect(result.judges[2]).toEqual({
      judge: 'z',
      observed: 0,
      expected: 0,
      contribution: 0,
      tested: false,
    });
    expect(fairness([{ judge: 'z', observed: 0, expected: 0 }]).verdict).toBe('too-few');
  });

  it('calls a draw of a never-eligible judge inconsistent, however few the allocations', () => {
    const result = fairness([
      { judge: 'a', observed: 1, expected: 1 },
      { judge: 'b', observed: 1, expected: 2 },
      { judge: 'z', observed: 1, expected: 0 },
    ]);
    expect(result.verdict).toBe('inconsistent');
    expect(result.reason).toBe('picked-never-eligible');
    expect(result.pValue).toBe(0);
    expect(result.allocations).toBe(3);
    expect(fairness([{ judge: 'z', observed: 2, expected: 0 }]).reason).toBe(
      'picked-never-eligible',
    );
  });

  it('refuses negative or non-finite counts', () => {
    expect(() => fairness([{ judge: 'a', observed: -1, expected: 1 }])).toThrow();
    expect(() => fairness([{ judge: 'a', observed: 1, expected: Number.NaN }])).toThrow();
  });

  it('finds exactly matching counts perfectly consistent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 5, max: 10_000 }), { minLength: 2, maxLength: 30 }),
        (counts) => {
          const result = fairness(
            counts.map((n, i) => ({ judge: `j${i}`, observed: n, expected: n })),
          );
          expect(result.statistic).toBe(0);
          expect(result.pValue).toBe(1);
          expect(result.verdict).toBe('consistent');
        },
      ),
    );
  });
});

describe('expectedCounts', () => {
  const judge = (id: string, weight: number): EligibleJudge => ({
    judge: id,
    loadPercent: 100,
    workload: 0,
    weight,
  });

  it('adds each allocation’s weight shares and one observation for the judge drawn', () => {
    const counts = expectedCounts([
      { eligible: [judge('b', 3), judge('a', 1)], judge: 'b' },
      { eligible: [judge('a', 1), judge('b', 1), judge('c', 2)], judge: 'a' },
      { eligible: [judge('c', 5)], judge: 'c' },
    ]);
    expect(counts).toEqual([
      { judge: 'a', observed: 1, expected: 0.5 },
      { judge: 'b', observed: 1, expected: 1 },
      { judge: 'c', observed: 1, expected: 1.5 },
    ]);
  });

  it('is empty for no allocations and keeps a judge drawn outside the eligible set visible', () => {
    expect(expectedCounts([])).toEqual([]);
    const counts = expectedCounts([{ eligible: [judge('a', 1)], judge: 'x' }]);
    expect(counts).toEqual([
      { judge: 'a', observed: 0, expected: 1 },
      { judge: 'x', observed: 1, expected: 0 },
    ]);
    expect(fairness(counts).reason).toBe('picked-never-eligible');
  });

  it('expects as many allocations as there are', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.uniqueArray(
            fc.record({
              id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
              w: fc.integer({ min: 1, max: 1e10 }),
            }),
            { minLength: 1, selector: (j) => j.id },
          ),
          { maxLength: 50 },
        ),
        (sets) => {
          const counts = expectedCounts(
            sets.map((set) => ({ eligible: set.map((j) => judge(j.id, j.w)), judge: set[0]!.id })),
          );
          const expected = counts.reduce((s, c) => s + c.expected, 0);
          const observed = counts.reduce((s, c) => s + c.observed, 0);
          expect(observed).toBe(sets.length);
          expect(expected).toBeCloseTo(sets.length, 9);
        },
      ),
    );
  });
});
