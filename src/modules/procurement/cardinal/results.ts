import type { CardinalCode } from './settings.ts';

/** The groups of Cardinal's output, each keyed by an identifier from the data. */
export type CardinalGroup = 'OCID' | 'Buyer' | 'ProcuringEntity' | 'Tenderer';

export const CARDINAL_GROUPS: readonly CardinalGroup[] = [
  'OCID',
  'Buyer',
  'ProcuringEntity',
  'Tenderer',
];

export type CardinalValues = Partial<Record<CardinalCode, number>>;

/**
 * Cardinal's output: group → identifier (/ocid, /buyer/id, /tender/procuringEntity/id,
 * /bids/details[]/tenderers[]/id) → indicator code → value. Groups with no result are left out.
 */
export type CardinalResult = Partial<Record<CardinalGroup, Record<string, CardinalValues>>>;

/** The OCID-level indicators whose only value is 1.0: one bit each. */
const YES_NO: Partial<Record<CardinalCode, number>> = {
  R003: 1,
  R018: 2,
  R028: 4,
  R030: 8,
  R036: 16,
};
const YES_NO_CODES = Object.entries(YES_NO) as [CardinalCode, number][];

/**
 * Collects results. Most flags are yes/no flags on a process (hundreds of thousands in a
 * national dataset): during the run they are appended as one number of bits per flagged
 * release, with no lookup in a map of every ocid and no object per process; a repeated ocid is
 * merged when the result is built. Identifiers come from the data, so the result's maps by
 * identifier have no prototype: an id such as "__proto__" or "constructor" is stored like any
 * other.
 */
export class ResultsBuilder {
  readonly #flaggedOcids: string[] = [];
  readonly #flaggedBits: number[] = [];
  readonly #values: Record<CardinalGroup, Map<string, CardinalValues>> = {
    OCID: new Map(),
    Buyer: new Map(),
    ProcuringEntity: new Map(),
    Tenderer: new Map(),
  };
  #ocid = '';
  #pending = 0;

  /** The release whose yes/no flags `flag` gathers until `endRelease`. */
  beginRelease(ocid: string): void {
    this.#ocid = ocid;
    this.#pending = 0;
  }

  /** A yes/no indicator (R003, R018, R028, R030, R036) raised on the current release. */
  flag(code: CardinalCode): void {
    const bit = YES_NO[code];
    if (bit === undefined) throw new Error(`${code} is not a yes/no indicator`);
    this.#pending |= bit;
  }

  endRelease(): void {
    if (this.#pending === 0) return;
    this.#flaggedOcids.push(this.#ocid);
    this.#flaggedBits.push(this.#pending);
    this.#pending = 0;
  }

  set(group: CardinalGroup, id: string, code: CardinalCode, value: number): void {
    const ids = this.#values[group];
    const values = ids.get(id);
    if (values) values[code] = value;
    else ids.set(id, { [code]: value });
  }

  result(): CardinalResult {
    const result: CardinalResult = {};
    for (const group of CARDINAL_GROUPS) {
      const byId = Object.create(null) as Record<string, CardinalValues>;
      let any = false;
      if (group === 'OCID') {
        const ocids = this.#flaggedOcids;
        for (let i = 0; i < ocids.length; i++) {
          const bits = this.#flaggedBits[i]!;
          // A repeated ocid keeps the flags of all its lines, as Cardinal's results do.
          const values = byId[ocids[i]!] ?? {};
          for (const [code, bit] of YES_NO_CODES) if (bits & bit) values[code] = 1;
          byId[ocids[i]!] = values;
          any = true;
        }
      }
      for (const [id, values] of this.#values[group]) {
        const existing = byId[id];
        if (existing) Object.assign(existing, values);
        else byId[id] = values;
        any = true;
      }
      if (any) result[group] = byId;
    }
    return result;
  }
}
