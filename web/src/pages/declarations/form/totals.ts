import type { Item, Money } from './model.ts';

const DECIMAL = /^(\d{1,16})(?:\.(\d{1,2}))?$/;

/** "1234.5" -> 123450n tyiyn (or cents); null for anything the server would refuse. */
export function toMinorUnits(amount: string): bigint | null {
  const m = DECIMAL.exec(amount.trim());
  if (!m) return null;
  return BigInt(m[1] as string) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

const toDecimal = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;

/** Tyiyn as the API's decimal som: 150050 -> "1500.50". */
export const tyiynToDecimal = (tyiyn: number) => toDecimal(BigInt(Math.round(tyiyn)));

/**
 * A section's sum per currency as typed (the server converts to som on submission), som first;
 * amounts not yet valid are left out.
 */
export function sumByCurrency(items: readonly Item[], field: string): Money[] {
  const sums = new Map<string, bigint>();
  for (const item of items) {
    const money = item[field] as Money | null | undefined;
    if (!money) continue;
    const minor = toMinorUnits(money.amount);
    if (minor === null) continue;
    sums.set(money.currency, (sums.get(money.currency) ?? 0n) + minor);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a === 'KGS' ? -1 : b === 'KGS' ? 1 : a.localeCompare(b)))
    .map(([currency, minor]) => ({ amount: toDecimal(minor), currency }));
}

/** A submitted section's total in som from each amount's `som` (tyiyn), as a decimal string. */
export function somTotal(items: readonly Item[], field: string): string | null {
  let total = 0n;
  let any = false;
  for (const item of items) {
    const money = item[field] as { som?: number } | null | undefined;
    if (typeof money?.som !== 'number') continue;
    total += BigInt(money.som);
    any = true;
  }
  return any ? toDecimal(total) : null;
}

/** What the declarant types in an amount field, as the API wants it: "1 500,5" -> "1500.5". */
export const normaliseAmount = (text: string) =>
  text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
