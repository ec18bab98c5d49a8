/**
 * The main currency: amounts in other currencies are not compared (Cardinal has no exchange
 * rates). Configured with `currency = KGS`; otherwise the first currency met in a compared bid
 * becomes the main one. Shared by every indicator that compares amounts, as in Cardinal.
 */
export class MainCurrency {
  #code: string | undefined;
  /** Bid amounts skipped because of their currency. */
  skipped = 0;

  constructor(configured?: string) {
    this.#code = configured;
  }

  get code(): string | undefined {
    return this.#code;
  }

  accepts(currency: string): boolean {
    if (this.#code === undefined) this.#code = currency;
    if (currency === this.#code) return true;
    this.skipped += 1;
    return false;
  }
}
