import { describe, expect, it } from 'vitest';
import { collectComputedIndicators } from './computed-indicators.ts';

const measure = async () => ({ value: 1, basis: 'test' });

describe('computed indicators', () => {
  it('are collected from every module by key', () => {
    const all = collectComputedIndicators([
      { name: 'a', indicators: { 'a.one': measure } },
      { name: 'b' },
      { name: 'c', indicators: { 'c.two': measure } },
    ]);
    expect([...all.keys()]).toEqual(['a.one', 'c.two']);
  });
  it('refuse a key two modules both claim to measure', () => {
    expect(() =>
      collectComputedIndicators([
        { name: 'a', indicators: { 'x.same': measure } },
        { name: 'b', indicators: { 'x.same': measure } },
      ]),
    ).toThrow(/"x.same" is declared twice/);
  });
});
