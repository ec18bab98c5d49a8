import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num, som } from './explain.ts';

const intl = (locale: string, tyiyn: number) => {
  const digits = tyiyn % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(tyiyn / 100);
};

describe('som', () => {
  it('writes som like Intl.NumberFormat, with tyiyn only when there are some', () => {
    expect(som(125_000_000).ru).toBe('1\u00a0250\u00a0000 сом');
    expect(som(125_000_050).en).toBe('1,250,000.50 som');
    expect(som(5).ky).toBe('0,05 сом');
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (tyiyn) => {
        const s = som(tyiyn);
        expect(s.ky).toBe(`${intl('ky-KG', tyiyn)} сом`);
        expect(s.ru).toBe(`${intl('ru-RU', tyiyn)} сом`);
        expect(s.en).toBe(`${intl('en-US', tyiyn)} som`);
      }),
      { numRuns: 500 },
    );
  });
});

const f0 = (value: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);

describe('num', () => {
  it('writes numbers like Intl.NumberFormat with at most two decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        ),
        (value) => {
          // Intl writes "-0" for tiny negatives; num does not, which reads better.
          if (f0(value) === '-0') return;
          const n = num(value);
          const f = (locale: string) =>
            new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
          expect(n.ky).toBe(f('ky-KG'));
          expect(n.ru).toBe(f('ru-RU'));
          expect(n.en).toBe(f('en-US'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
