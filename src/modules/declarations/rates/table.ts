/** One official rate: `rate` som for `nominal` units of the currency, set for a date. */
export interface OfficialRate {
  currency: string;
  date: string;
  /** Decimal string as published, e.g. "87.4500". */
  rate: string;
  nominal: number;
}

/** A rate scaled to integer millionths of a som per unit, for exact conversion. */
interface ScaledRate {
  date: string;
  micro: bigint;
  nominal: bigint;
}

const MICRO = 1_000_000n;

function toMicro(rate: string): bigint {
  const [whole = '0', fraction = ''] = rate.split('.');
  return BigInt(whole) * MICRO + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}

/**
 * The official rates in memory, by currency and date. The rate of a date is the last one set on
 * or before it (the National Bank sets no rate on holidays; the previous one applies).
 */
export class RateTable {
  private readonly byCurrency = new Map<string, ScaledRate[]>();

  constructor(rates: Iterable<OfficialRate>) {
    for (const r of rates) {
      const list = this.byCurrency.get(r.currency) ?? [];
      this.byCurrency.set(r.currency, list);
      list.push({ date: r.date, micro: toMicro(r.rate), nominal: BigInt(r.nominal) });
    }
    for (const list of this.byCurrency.values()) list.sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  currencies(): Set<string> {
    return new Set(['KGS', ...this.byCurrency.keys()]);
  }

  private rateOn(currency: string, date: string): ScaledRate | null {
    const list = this.byCurrency.get(currency);
    if (!list) return null;
    let lo = 0;
    let hi = list.length - 1;
    let found: ScaledRate | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = list[mid]!;
      if (r.date <= date) {
        found = r;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** tyiyn of `currency` on `date` -> tyiyn of som, rounded half up; null without a rate. */
  toSom(tyiyn: bigint, currency: string, date: string): bigint | null {
    if (currency === 'KGS') return tyiyn;
    const r = this.rateOn(currency, date);
    if (!r) return null;
    const divisor = r.nominal * MICRO;
    return (tyiyn * r.micro * 2n + divisor) / (divisor * 2n);
  }
}
