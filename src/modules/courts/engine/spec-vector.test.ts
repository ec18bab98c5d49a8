import { spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../node-crypto.ts';
import { canonical } from './canonical.ts';
import type { LogEntry, PublicKey, SignedHead } from './types.ts';
import { verifyLog } from './verify.ts';

const vector = JSON.parse(
  readFileSync(new URL('../../../../test/conformance/courts/vector.json', import.meta.url), 'utf8'),
) as {
  seed: string;
  entries: LogEntry[];
  heads: SignedHead[];
  keys: PublicKey[];
  intermediate: Record<string, string | number>;
};
const input = {
  entries: vector.entries,
  heads: vector.heads,
  keys: vector.keys,
  from: '2026-03-01',
  to: '2026-03-03',
  today: '2026-03-04',
};

describe('the published test vector (docs/modules/courts-verification.md §8)', () => {
  it('verifies, and its draw follows from the text with nothing but SHA-256 and HMAC', () => {
    const report = verifyLog(nodeCrypto, input);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      allocationsChecked: 1,
      allocationsPending: 0,
      daysSigned: 3,
    });

    const i = vector.intermediate;
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(sha(i.eligibleCanonical as string)).toBe(i.eligibleHash);
    expect(sha(i.inputsCanonical as string)).toBe(i.inputsHash);
    const mac = createHmac('sha256', Buffer.from(vector.seed, 'hex'))
      .update(i.inputsCanonical as string, 'utf8')
      .digest('hex');
    expect(mac).toBe(i.hmac);
    expect((BigInt(`0x${mac}`) % BigInt(i.totalWeight as number)).toString()).toBe(i.draw);
    expect(createHash('sha256').update(Buffer.from(vector.seed, 'hex')).digest('hex')).toBe(
      i.commitment,
    );
  });

  it('rejects a revealed seed that does not match its commitment', () => {
    const entries = vector.entries.map((e) =>
      e.payload.kind === 'seed-reveal'
        ? { ...e, payload: { ...e.payload, seed: 'ff'.repeat(32) } }
        : e,
    );
    const codes = verifyLog(nodeCrypto, { ...input, entries }).problems.map((p) => p.code);
    expect(codes).toContain('seed-mismatch');
    expect(codes).toContain('hash-mismatch');
  });

  it('names every kind of edit: a changed entry, a removed entry, a forged signature, a re-chained log', () => {
    const codes = (entries: LogEntry[], heads = vector.heads) =>
      verifyLog(nodeCrypto, { ...input, entries, heads }).problems.map((p) => p.code);
    const alloc = vector.entries.findIndex((e) => e.payload.kind === 'allocation');
    const other = vector.entries.map((e, n) =>
      n === alloc && e.payload.kind === 'allocation'
        ? { ...e, payload: { ...e.payload, judge: e.payload.eligible[0]!.judge } }
        : e,
    );
    expect(codes(other)).toContain('hash-mismatch');
    expect(codes(vector.entries.filter((_, n) => n !== 3))).toEqual(
      expect.arrayContaining(['seq-gap', 'prev-mismatch']),
    );
    const forged = vector.heads.map((h) => ({
      ...h,
      signature: Buffer.alloc(64, 1).toString('base64'),
    }));
    expect(codes(vector.entries, forged)).toEqual([
      'signature-invalid',
      'signature-invalid',
      'signature-invalid',
    ]);
    // Whoever rewrites the judge and recomputes every hash still cannot re-sign the head.
    let prev = '0'.repeat(64);
    const rechained = other.map((e) => {
      const body = { seq: e.seq, at: e.at, day: e.day, payload: e.payload, prev };
      const hash = createHash('sha256').update(canonical(body)).digest('hex');
      prev = hash;
      return { ...e, prev: body.prev, hash };
    });
    const rechainedCodes = codes(rechained);
    expect(rechainedCodes).not.toContain('hash-mismatch');
    expect(rechainedCodes).toContain('selection-mismatch');
    expect(rechainedCodes).toContain('head-mismatch');
  });
});

// The independent Python verifier, written from the specification alone, runs its own checks
// against the same vector (and a set of tampered copies) wherever Python 3 is installed.
const python = spawnSync('python3', ['--version']).status === 0;
describe.skipIf(!python)('the independent verifier (scripts/verify_allocations.py)', () => {
  it('agrees with the vector and names every tampering it tries', () => {
    const script = fileURLToPath(
      new URL('../../../../scripts/verify_allocations.py', import.meta.url),
    );
    const run = spawnSync('python3', [script, '--self-test'], { encoding: 'utf8' });
    expect(run.stdout).toContain('self-test: PASSED');
    expect(run.status).toBe(0);
  });
});

describe('any edit of any log entry', () => {
  /** Every leaf of an entry, as a path of keys. */
  const leaves = (value: unknown, path: string[] = []): string[][] =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
      : [path];
  const edit = (value: unknown): unknown =>
    typeof value === 'number'
      ? value + 1
      : typeof value === 'string'
        ? `${value}x`
        : value === null
          ? 'x'
          : !value;

  it('makes verification fail, whichever entry and field is changed', () => {
    const targets = vector.entries.flatMap((e, n) => leaves(e).map((path) => ({ n, path })));
    fc.assert(
      fc.property(fc.constantFrom(...targets), ({ n, path }) => {
        const entries = structuredClone(vector.entries);
        let node = entries[n] as unknown as Record<string, unknown>;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        const last = path.at(-1)!;
        node[last] = edit(node[last]);
        expect(verifyLog(nodeCrypto, { ...input, entries }).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
