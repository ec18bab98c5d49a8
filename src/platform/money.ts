import { z } from 'zod';

/**
 * Money is an integer count of tyiyn (1 som = 100 tyiyn) with an ISO 4217 currency code. Amounts
 * arrive and leave as decimal strings ("1234.50"), never as floating-point numbers.
 */
export interface Money {
  tyiyn: bigint;
  currency: string;
}

const DECIMAL = /^(-)?(\d{1,16})(?:\.(\d{1,2}))?$/;

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as KGS');

/** "1234.5" -> 123450n; refuses anything that is not a plain decimal with at most two places. */
export function parseAmount(text: string): bigint | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, minus, whole, fraction = ''] = m;
  const tyiyn = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return minus ? -tyiyn : tyiyn;
}

/** 123450n -> "1234.50" */
export function formatAmount(tyiyn: bigint): string {
  const negative = tyiyn < 0n;
  const abs = negative ? -tyiyn : tyiyn;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The API shape of money: {amount: "1234.50", currency: "KGS"}. */
export const moneyInput = z
  .object({ amount: z.string().max(20), currency: currencyCode })
  .transform((value, ctx): Money => {
    const tyiyn = parseAmount(value.amount);
    if (tyiyn === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'a decimal amount with at most two decimal places',
      });
      return z.NEVER;
    }
    return { tyiyn, currency: value.currency };
  });

export function toMoneyView(money: Money) {
  return { amount: formatAmount(money.tyiyn), currency: money.currency };
}
