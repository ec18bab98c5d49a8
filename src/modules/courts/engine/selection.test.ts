import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../node-crypto.ts';
import { toHex } from './crypto.ts';
import { expectedCounts, fairness } from './fairness.ts';
import {
  type Candidate,
  choose,
  commitmentOf,
  draw,
  eligibleHash,
  pick,
  WEIGHT_SCALE,
  weigh,
} from './selection.ts';
import type { AllocationInputs, AllocationRules, EligibleJudge } from './types.ts';

const crypto = nodeCrypto;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const uuidOf = (text: string) => {
  const h = sha(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

const rules: AllocationRules = {
  baseLoad: 10,
  workloadWindowDays: 365,
  categoryPoints: { 'civil-claim': 3 },
  smallEligibleSet: 2,
  absenceCluster: { days: 7, sharePercent: 50 },
  repeatedFilingDays: 30,
};

type Base = Omit<AllocationInputs, 'v' | 'eligibleHash'>;
const baseOf = (over: Partial<Base> = {}): Base => ({
  seq: 42,
  case: '11111111-2222-4333-8444-555555555555',
  number: '1-42/2026',
  court: 'court-1',
  category: 'civil-claim',
  day: '2026-03-10',
  reason: 'initial',
  beacon: null,
  ...over,
});

const hex32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toHex);
const candidates = fc.uniqueArray(
  fc.record({
    judge: fc.string({ minLength: 1, maxLength: 8 }),
    loadPercent: fc.integer({ min: 0, max: 100 }),
    workload: fc.integer({ min: 0, max: 500 }),
  }),
  { minLength: 1, maxLength: 10, selector: (c) => c.judge },
);
const base = fc.record({
  seq: fc.integer({ min: 1, max: 10_000_000 }),
  case: fc.uuid(),
  number: fc.string({ maxLength: 12 }),
  court: fc.uuid(),
  category: fc.constantFrom('civil-claim', 'criminal', 'administrative'),
  day: fc.constantFrom('2026-01-01', '2026-03-10', '2027-12-31'),
  reason: fc.constantFrom('initial', 'recusal', 'judge_left', 'judge_absent' as const),
  beacon: fc.option(hex32),
});

describe('weigh', () => {
  it('gives floor(loadPercent · 10^9 / (baseLoad + workload)), at least 1, in judge-id order', () => {
    const judges: Candidate[] = [
      { judge: 'e', loadPercent: 1, workload: 1_000_000_000 },
      { judge: 'd', loadPercent: 0, workload: 0 },
      { judge: 'c', loadPercent: 33, workload: -3 },
      { judge: 'b', loadPercent: 100, workload: 5 },
      { judge: 'a', loadPercent: 100, workload: 0 },
    ];
    expect(WEIGHT_SCALE).toBe(1_000_000_000);
    expect(weigh(judges, rules)).toEqual([
      { judge: 'a', loadPercent: 100, workload: 0, weight: 10_000_000_000 },
      { judge: 'b', loadPercent: 100, workload: 5, weight: 6_666_666_666 },
      { judge: 'c', loadPercent: 33, workload: -3, weight: 4_714_285_714 },
      { judge: 'd', loadPercent: 0, workload: 0, weight: 1 },
      { judge: 'e', loadPercent: 1, workload: 1_000_000_000, weight: 1 },
    ]);
    expect(
      weigh([{ judge: 'x', loadPercent: 50, workload: 0 }], { ...rules, baseLoad: 3 }),
    ).toEqual([{ judge: 'x', loadPercent: 50, workload: 0, weight: 16_666_666_666 }]);
  });

  it('does not depend on the order the candidates come in', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 50 }), (list, baseLoad) => {
        const r = { ...rules, baseLoad };
        expect(weigh([...list].reverse(), r)).toEqual(weigh(list, r));
      }),
    );
  });
});

describe('commitmentOf', () => {
  it('is the SHA-256 of the seed bytes (FIPS 180-2 and well-known vectors)', () => {
    expect(commitmentOf(crypto, '616263')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(commitmentOf(crypto, '')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(commitmentOf(crypto, '00'.repeat(32))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    );
  });

  it('refuses a seed that is not lower-case hex', () => {
    expect(() => commitmentOf(crypto, 'ABCD')).toThrow();
    expect(() => commitmentOf(crypto, 'abc')).toThrow();
  });
});

describe('choose', () => {
  it('matches a vector computed independently (Python hashlib/hmac over the canonical JSON)', () => {
    const seed = sha('akniet test seed');
    const eligible = weigh(
      [
        { judge: 'c-judge', loadPercent: 40, workload: 7 },
        { judge: 'a-judge', loadPercent: 100, workload: 0 },
        { judge: 'b-judge', loadPercent: 100, workload: 5 },
      ],
      rules,
    );
    const choice = choose(crypto, seed, baseOf(), eligible);
    expect(choice.eligibleHash).toBe(
      'ddca9c2c03c331e28ca960d067058c3d2114f67f70023f8cd1316990a89c7718',
    );
    expect(choice.inputsHash).toBe(
      '3fac69787a3abed12a99c2d9ca168a3c39f3fbab69abf07d97622d8622ac7468',
    );
    // HMAC f832…e74b mod the total weight 19019607842.
    expect(choice.draw).toBe('14184030989');
    expect(choice.judge).toBe('b-judge');
  });

  it('gives the same judge for the same inputs', () => {
    fc.assert(
      fc.property(hex32, base, candidates, (seed, b, list) => {
        const eligible = weigh(list, rules);
        const first = choose(crypto, seed, b, eligible);
        const again = choose(crypto, seed, structuredClone(b), weigh([...list].reverse(), rules));
        expect(again).toEqual(first);
      }),
    );
  });

  it('always picks a judge of the eligible set', () => {
    fc.assert(
      fc.property(hex32, base, candidates, (seed, b, list) => {
        const eligible = weigh(list, rules);
        const choice = choose(crypto, seed, b, eligible);
        expect(eligible.map((e) => e.judge)).toContain(choice.judge);
        const total = eligible.reduce((s, e) => s + e.weight, 0);
        expect(BigInt(choice.draw) < BigInt(total)).toBe(true);
      }),
    );
  });

  // The total weight of these judges is about 3.6·10^10, so two unrelated draws coincide with
  // a chance near 3·10^-11: a repeated draw means the input did not reach the HMAC.
  const seven = weigh(
    [0, 3, 7, 12, 20, 30, 45].map((workload, i) => ({
      judge: `judge-${i}`,
      loadPercent: i === 3 ? 60 : 100,
      workload,
    })),
    rules,
  );

  it('draws differently when the seed changes', () => {
    fc.assert(
      fc.property(hex32, hex32, base, (s1, s2, b) => {
        fc.pre(s1 !== s2);
        expect(choose(crypto, s1, b, seven).draw).not.toBe(choose(crypto, s2, b, seven).draw);
      }),
    );
  });

  it('draws differently when the case id changes', () => {
    fc.assert(
      fc.property(hex32, base, fc.uuid(), (seed, b, other) => {
        fc.pre(other !== b.case);
        const moved = choose(crypto, seed, { ...b, case: other }, seven);
        expect(moved.draw).not.toBe(choose(crypto, seed, b, seven).draw);
        expect(moved.inputsHash).not.toBe(choose(crypto, seed, b, seven).inputsHash);
      }),
    );
  });

  it('binds the eligible set: another weight changes the eligible hash and the inputs', () => {
    const seed = sha('bind');
    const changed = seven.map((e, i) => (i === 2 ? { ...e, weight: e.weight + 1 } : e));
    const a = choose(crypto, seed, baseOf(), seven);
    const b = choose(crypto, seed, baseOf(), changed);
    expect(b.eligibleHash).not.toBe(a.eligibleHash);
    expect(b.eligibleHash).toBe(eligibleHash(crypto, changed));
    expect(b.inputsHash).not.toBe(a.inputsHash);
  });
});

describe('pick', () => {
  const eligible: EligibleJudge[] = [
    { judge: 'a', loadPercent: 100, workload: 0, weight: 3 },
    { judge: 'b', loadPercent: 100, workload: 0, weight: 1 },
    { judge: 'c', loadPercent: 100, workload: 0, weight: 2 },
  ];
  it('takes the judge whose cumulative range [before, before + weight) holds the draw', () => {
    expect([0n, 1n, 2n, 3n, 4n, 5n].map((d) => pick(eligible, d).judge)).toEqual([
      'a',
      'a',
      'a',
      'b',
      'c',
      'c',
    ]);
    expect(() => pick(eligible, 6n)).toThrow('draw outside the total weight');
  });

  it('keeps the draw below the total weight', () => {
    fc.assert(
      fc.property(hex32, base, fc.integer({ min: 1, max: 2 ** 40 }), (seed, b, total) => {
        const inputs: AllocationInputs = { v: 1, ...b, eligibleHash: '00'.repeat(32) };
        const d = draw(crypto, seed, inputs, total);
        expect(d >= 0n && d < BigInt(total)).toBe(true);
      }),
    );
  });
});

describe('the draw over many allocations', () => {
  // Seven judges with distinct workloads (and one at 60% load), so the weights all differ.
  const eligible = weigh(
    [0, 3, 7, 12, 20, 30, 45].map((workload, i) => ({
      judge: uuidOf(`judge ${i}`),
      loadPercent: i === 3 ? 60 : 100,
      workload,
    })),
    rules,
  );
  const total = eligible.reduce((s, e) => s + e.weight, 0);
  const N = 100_000;
  const CASES_PER_DAY = 1_000;
  // Seeds and case ids are pseudo-random but fixed (SHA-256 of a counter), so the test gives
  // the same answer on every run instead of failing one run in a thousand by chance.
  const runs = Array.from({ length: N }, (_, i) => ({
    seed: sha(`seed of day ${Math.floor(i / CASES_PER_DAY)}`),
    base: baseOf({ seq: i + 1, case: uuidOf(`case ${i}`), number: `1-${i}/2026` }),
  }));

  it('passes the chi-square test against the weights with 100,000 allocations', () => {
    const allocations = runs.map((r) => ({
      eligible,
      judge: choose(crypto, r.seed, r.base, eligible).judge,
    }));
    const counts = expectedCounts(allocations);
    expect(counts.map((c) => c.judge)).toEqual(eligible.map((e) => e.judge));
    for (const [i, c] of counts.entries())
      expect(c.expected).toBeCloseTo((N * eligible[i]!.weight) / total, 6);
    const result = fairness(counts);
    expect(result.degreesOfFreedom).toBe(6);
    expect(result.allocations).toBe(N);
    expect(result.pValue).toBeGreaterThan(0.001);
    expect(result.verdict).toBe('consistent');
  }, 120_000);

  /** Counts from a picker that reads the same HMAC but not the published weights. */
  const biased = (weights: number[]) => {
    const sum = weights.reduce((s, w) => s + w, 0);
    const hash = eligibleHash(crypto, eligible);
    return runs.map((r) => {
      const inputs: AllocationInputs = { v: 1, ...r.base, eligibleHash: hash };
      const d = Number(draw(crypto, r.seed, inputs, sum));
      let index = 0;
      for (let before = weights[0]!; d >= before; before += weights[index]!) index++;
      return { eligible, judge: eligible[index]!.judge };
    });
  };

  it('fails a picker that ignores the weights (negative control)', () => {
    const result = fairness(expectedCounts(biased(eligible.map(() => 1))));
    expect(result.verdict).toBe('inconsistent');
    expect(result.pValue).toBeLessThan(1e-100);
  }, 60_000);

  it('fails a picker that favours the likeliest judge by 10% (negative control)', () => {
    const heaviest = eligible.reduce(
      (best, e, i) => (e.weight > eligible[best]!.weight ? i : best),
      0,
    );
    const weights = eligible.map((e, i) =>
      i === heaviest ? Math.round(e.weight * 1.1) : e.weight,
    );
    const result = fairness(expectedCounts(biased(weights)));
    expect(result.verdict).toBe('inconsistent');
    expect(result.pValue).toBeLessThan(0.001);
    const favoured = result.judges[heaviest]!;
    expect(favoured.observed).toBeGreaterThan(favoured.expected);
  }, 60_000);
});
