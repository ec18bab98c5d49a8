/**
 * Compact storage for aggregates over a million releases: growable typed arrays instead of
 * arrays of objects, and an interner so repeated strings (JSON paths, codes) are kept once.
 */

/** A growable array of numbers over one typed array, doubled when full. */
class NumberColumn<A extends Int32Array | Float64Array> {
  private data: A;
  length = 0;

  constructor(private readonly make: (size: number) => A) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  get(index: number): number {
    return this.data[index] ?? 0;
  }
}

export class IntColumn extends NumberColumn<Int32Array> {
  constructor() {
    super((size) => new Int32Array(size));
  }
}

export class FloatColumn extends NumberColumn<Float64Array> {
  constructor() {
    super((size) => new Float64Array(size));
  }
}

/** Each distinct string once, referred to by a small number. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  value(id: number): string {
    return this.values[id] ?? '';
  }

  get size(): number {
    return this.values.length;
  }
}

/**
 * Record indices grouped by a small integer key (a counting sort): `groupIndices(keys, keyCount)`
 * gives, for each key k, the indices of its records, in input order, at order[starts[k]..starts[k + 1]], without an object per record.
 */
export function groupIndices(
  keys: IntColumn,
  keyCount: number,
): { starts: Int32Array; order: Int32Array } {
  const starts = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i += 1) {
    const slot = keys.get(i) + 1;
    starts[slot] = (starts[slot] ?? 0) + 1;
  }
  for (let k = 0; k < keyCount; k += 1) starts[k + 1] = (starts[k + 1] ?? 0) + (starts[k] ?? 0);
  const next = starts.slice(0, keyCount);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys.get(i);
    order[next[key] ?? 0] = i;
    next[key] = (next[key] ?? 0) + 1;
  }
  return { starts, order };
}

/**
 * Ids for pairs of strings (buyer, code prefix) without a joined string per pair: a map per
 * first string, keyed by the second string's small number. Hundreds of thousands of pairs cost a
 * fraction of the memory of string keys.
 */
export class PairKeys {
  private readonly first = new Interner();
  private readonly second = new Interner();
  private readonly ids: Map<number, number>[] = [];
  private readonly firsts = new IntColumn();
  private readonly seconds = new IntColumn();

  id(a: string, b: string): number {
    const x = this.first.id(a);
    const y = this.second.id(b);
    let inner = this.ids[x];
    if (inner === undefined) {
      inner = new Map();
      this.ids[x] = inner;
    }
    let id = inner.get(y);
    if (id === undefined) {
      id = this.firsts.length;
      inner.set(y, id);
      this.firsts.push(x);
      this.seconds.push(y);
    }
    return id;
  }

  pair(id: number): [string, string] {
    return [this.first.value(this.firsts.get(id)), this.second.value(this.seconds.get(id))];
  }

  get size(): number {
    return this.firsts.length;
  }
}
