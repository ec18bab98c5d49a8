import { describe, expect, it } from 'vitest';
import { fusedMultiplyAdd, lowerFence, upperFence } from './fences.ts';
import { Sample } from './quartiles.ts';

describe('R-8 quantiles', () => {
  // The examples of statrs, the crate Cardinal computes its quartiles with.
  const data = [-1.0, 5.0, 0.0, -3.0, 10.0, -0.5, 4.0, 0.2, 1.0, 6.0];

  it('interpolates at h = (n + 1/3) p + 1/3', () => {
    const sample = new Sample(data);
    expect(sample.quantile(0)).toBe(-3);
    expect(sample.quantile(1)).toBe(10);
    expect(sample.quantile(0.5)).toBeCloseTo(3 / 5, 15);
    expect(sample.quantile(0.2)).toBeCloseTo(-4 / 5, 15);
    expect(sample.quantile(0.7)).toBe(137 / 30);
    expect(sample.quantile(0.01)).toBe(-3);
    expect(sample.quantile(0.99)).toBe(10);
    expect(sample.quantile(0.52)).toBeCloseTo(287 / 375, 15);
    expect(sample.quantile(0.325)).toBeCloseTo(-37 / 240, 15);
  });

  it('gives the quartiles and percentiles', () => {
    const four = new Sample([2, 1, 3, 4]);
    expect(four.lowerQuartile()).toBeCloseTo(17 / 12, 15);
    expect(four.upperQuartile()).toBeCloseTo(43 / 12, 15);
    const ten = new Sample([1, 5, 3, 4, 10, 9, 6, 7, 8, 2]);
    expect(ten.percentile(0)).toBe(1);
    expect(ten.percentile(50)).toBe(5.5);
    expect(ten.percentile(100)).toBe(10);
    expect(ten.percentile(105)).toBeNaN();
  });

  it('is NaN for an empty sample, the minimum or maximum at the ends', () => {
    expect(new Sample([]).lowerQuartile()).toBeNaN();
    expect(new Sample([7]).lowerQuartile()).toBe(7);
    expect(new Sample([7]).upperQuartile()).toBe(7);
    expect(new Sample([Number.NaN, 1, 2]).quantile(0)).toBeNaN();
  });

  it('matches the worked example of Cardinal R024 (q1 66.6667, q3 100)', () => {
    const sample = new Sample([0, 100, 100, 100, 100, 100, 100, 100, 0]);
    const q1 = sample.lowerQuartile();
    const q3 = sample.upperQuartile();
    expect(q1).toBeCloseTo(66.6667, 4);
    expect(q3).toBe(100);
    expect(lowerFence(q1, q3)).toBeCloseTo(16.6667, 4);
  });
});

describe('fences', () => {
  it('are Tukey fences of 1.5 IQR', () => {
    expect(lowerFence(1, 3)).toBe(-2);
    expect(upperFence(1, 3)).toBe(6);
    expect(upperFence(0.5, 0.5)).toBe(0.5);
  });

  it('round once, like a fused multiply-add', () => {
    // 0.1 × 10 − 1 is 0 with two roundings, and exactly 2^-54 with one.
    expect(0.1 * 10 - 1).toBe(0);
    expect(fusedMultiplyAdd(0.1, 10, -1)).toBe(5.551115123125783e-17);
    expect(fusedMultiplyAdd(Number.POSITIVE_INFINITY, 1.5, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(fusedMultiplyAdd(Number.NaN, 1.5, 1)).toBeNaN();
  });
});
