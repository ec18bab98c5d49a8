/**
 * Compact storage for aggregates over a million releases: growable typed arrays instead of
 * arrays of objects, and an interner so repeated strings (JSON paths, codes) are kept once.
 */

export class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
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

export class FloatColumn {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
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

const SECOND = 2 ** 21;

/**
 * Ids for pairs of strings (buyer, code prefix) keyed by a number rather than a joined string:
 * hundreds of thousands of pairs cost a fraction of the memory.
 */
export class PairKeys {
  private readonly first = new Interner();
  private readonly second = new Interner();
  private readonly ids = new Map<number, number>();
  private readonly pairs: number[] = [];

  id(a: string, b: string): number {
    const key = this.first.id(a) * SECOND + this.second.id(b);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.pairs.length;
      this.ids.set(key, id);
      this.pairs.push(key);
    }
    return id;
  }

  pair(id: number): [string, string] {
    const key = this.pairs[id] ?? 0;
    return [this.first.value(Math.floor(key / SECOND)), this.second.value(key % SECOND)];
  }

  get size(): number {
    return this.pairs.length;
  }
}
