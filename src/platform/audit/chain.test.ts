import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checkChain, entryHash, GENESIS_HASH, type StoredEntry } from './chain.ts';

function chain(n: number): StoredEntry[] {
  const out: StoredEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = {
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorId: null,
      actorName: 'system',
      action: 'test.event',
      entityType: 'thing',
      entityId: String(i),
      details: { n: i, nested: { b: 2, a: [1, 'x'] } },
      ip: '127.0.0.1',
      prevHash: prev,
    };
    const hash = entryHash(e);
    out.push({ ...e, id: i, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(
      canonicalJson({ a: { c: 3, d: 2 }, b: 1 }),
    );
  });

  it('an intact chain checks out and hands on its last hash', () => {
    const entries = chain(5);
    expect(checkChain(entries, GENESIS_HASH)).toEqual({ broken: null, lastHash: entries[4]!.hash });
  });

  it('a removed entry is named by the entry after it', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(checkChain(entries, GENESIS_HASH).broken).toEqual({
      id: 4,
      reason: 'prev_hash_mismatch',
    });
  });

  it('any change to any recorded field of any entry is caught at that entry', () => {
    const fields = [
      'actorName',
      'action',
      'entityType',
      'entityId',
      'ip',
      'details',
      'at',
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(...fields),
        fc.string({ minLength: 1 }),
        (index, field, value) => {
          const entries = chain(8);
          const target = entries[index]!;
          const changed =
            field === 'at'
              ? { ...target, at: new Date(target.at.getTime() + 1) }
              : field === 'details'
                ? { ...target, details: { ...(target.details as object), extra: value } }
                : { ...target, [field]: `${String(target[field])}${value}` };
          entries[index] = changed;
          expect(checkChain(entries, GENESIS_HASH).broken).toEqual({
            id: index + 1,
            reason: 'hash_mismatch',
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
