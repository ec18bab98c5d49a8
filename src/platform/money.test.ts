import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, moneyInput, parseAmount } from './money.ts';

describe('money', () => {
  it('parses decimal strings to exact tyiyn', () => {
    expect(parseAmount('1234.5')).toBe(123450n);
    expect(parseAmount('0.01')).toBe(1n);
    expect(parseAmount('-7')).toBe(-700n);
    expect(parseAmount('9999999999999999.99')).toBe(999999999999999999n);
    for (const bad of ['1.234', '1e5', 'abc', '', '1,5', '0x10', '.5'])
      expect(parseAmount(bad), bad).toBeNull();
  });

  it('formats and parses back to the same amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (tyiyn) => {
        expect(parseAmount(formatAmount(tyiyn))).toBe(tyiyn);
      }),
    );
  });

  it('validates API input with a message that says what is wrong', () => {
    expect(moneyInput.parse({ amount: '10.50', currency: 'KGS' })).toEqual({
      tyiyn: 1050n,
      currency: 'KGS',
    });
    const bad = moneyInput.safeParse({ amount: '10.505', currency: 'som' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['currency']);
    const badAmount = moneyInput.safeParse({ amount: '10.505', currency: 'KGS' });
    expect(badAmount.error?.issues[0]?.message).toContain('two decimal places');
  });
});
