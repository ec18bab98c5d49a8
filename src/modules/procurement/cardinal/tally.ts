/** A count out of a total, per identifier. */
export type Fraction = { numerator: number; denominator: number };

/** Fractions per identifier, summed over processes (Cardinal's mediant). */
export class Tally {
  readonly #fractions = new Map<string, Fraction>();

  add(id: string, numerator: number, denominator: number): void {
    const fraction = this.#fractions.get(id);
    if (fraction) {
      fraction.numerator += numerator;
      fraction.denominator += denominator;
    } else {
      this.#fractions.set(id, { numerator, denominator });
    }
  }

  /** [id, numerator, denominator] per identifier. */
  *fractions(): Generator<[string, number, number]> {
    for (const [id, { numerator, denominator }] of this.#fractions) {
      yield [id, numerator, denominator];
    }
  }

  get size(): number {
    return this.#fractions.size;
  }
}
