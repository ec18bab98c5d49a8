import { describe, expect, it } from 'vitest';
import { attainment, nationalValue, valueProblem } from './attainment.ts';

const target = (value: number) => ({ value, year: 2024, basis: 'x' });

describe('attainment', () => {
  it('is null without a target: nothing is invented', () => {
    expect(attainment({ direction: 'increase', baseline: null, target: null }, 50)).toBeNull();
  });
  it('measures an increase from zero, or from the baseline when the Plan states one', () => {
    const def = { direction: 'increase' as const, baseline: null, target: target(90) };
    expect(attainment(def, 45)).toBe(0.5);
    expect(attainment(def, 95)).toBe(1);
    const rank = {
      direction: 'decrease' as const,
      baseline: { value: 126, year: 2019, source: 'CPI' },
      target: target(88),
    };
    expect(attainment(rank, 107)).toBe(0.5);
    expect(attainment(rank, 130)).toBe(0);
  });
  it('treats yes/no as achieved or not', () => {
    const def = { direction: 'achieve' as const, baseline: null, target: target(1) };
    expect(attainment(def, 1)).toBe(1);
    expect(attainment(def, 0)).toBe(0);
  });
  it('measures a decrease without a baseline as target over value', () => {
    const def = { direction: 'decrease' as const, baseline: null, target: target(14) };
    expect(attainment(def, 28)).toBe(0.5);
    expect(attainment(def, 7)).toBe(1);
  });
});

describe('national value', () => {
  it('averages shares, adds counts, and says yes only when every report does', () => {
    expect(nationalValue('percent', [60, 80])).toEqual({
      value: 70,
      basis: 'mean of 2 verified reports',
    });
    expect(nationalValue('count', [2, 3])?.value).toBe(5);
    expect(nationalValue('yes_no', [1, 0])?.value).toBe(0);
    expect(nationalValue('yes_no', [1, 1])?.value).toBe(1);
    expect(nationalValue('percent', [])).toBeNull();
  });
});

describe('allowed values', () => {
  it.each([
    ['percent', 101, 'a percentage is between 0 and 100'],
    ['yes_no', 0.5, 'yes/no is reported as 1 (yes) or 0 (no)'],
    ['rank', 0, 'a rank is a whole number from 1'],
    ['count', 1.5, 'a count is a whole number from 0'],
    ['som', -1, 'an amount of money is not negative'],
  ] as const)('%s %d: %s', (unit, value, problem) => {
    expect(valueProblem(unit, value)).toBe(problem);
  });
  it('accepts what fits', () => {
    expect(valueProblem('percent', 100)).toBeNull();
    expect(valueProblem('days', 1)).toBeNull();
  });
});
