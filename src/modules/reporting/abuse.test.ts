import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../platform/testing/test-platform.ts';
import {
  checkSolution,
  issueChallenge,
  leadingZeroBits,
  solveChallenge,
} from './crypto/proof-of-work.ts';
import { newReceipt, normaliseReceipt } from './crypto/receipt.ts';
import { suppressSmallCounts } from './publication/suppression.ts';
import { keyHolder, returnWithReceipt } from './test-reporting.ts';

describe('abuse resistance', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ config: { reportingPerMinute: 3, reportingPowBits: 10 } });
    await keyHolder(t, ['investigator'], 'anti-corruption-service-scns');
  }, 180_000);
  afterAll(() => t.close());

  it('throttles a flood of receipt guesses from one address with 429 and a message', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await returnWithReceipt(t, newReceipt())).statusCode);
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
    const limited = await returnWithReceipt(t, newReceipt());
    expect(limited.json().error.code).toBe('rate_limited');
  });

  it('refuses a nonce that does not do the work, and a forged or expired challenge', () => {
    const key = new Uint8Array(32).fill(7);
    const { challenge } = issueChallenge(key, 12);
    const nonce = solveChallenge(challenge, 12);
    expect(checkSolution(key, challenge, nonce)).toBeNull();
    const lazy = [...Array(50).keys()]
      .map(String)
      .find((n) => checkSolution(key, challenge, n) !== null)!;
    expect(checkSolution(key, challenge, lazy)).toBe('work_insufficient');
    expect(checkSolution(new Uint8Array(32), challenge, nonce)).toBe('challenge_invalid');
    expect(checkSolution(key, challenge.replace('.12.', '.1.'), nonce)).toBe('challenge_invalid');
    expect(checkSolution(key, challenge, nonce, Date.now() + 11 * 60_000)).toBe(
      'challenge_expired',
    );
    expect(leadingZeroBits(new Uint8Array([0, 0x10]))).toBe(11);
  });
});

describe('receipts', () => {
  it('are 24 Crockford characters from 120 random bits, read back however they are typed', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(newReceipt());
    expect(seen.size).toBe(200);
    const r = newReceipt();
    expect(normaliseReceipt(r.toLowerCase().replaceAll('-', ' '))).toBe(r);
    expect(normaliseReceipt(r.replaceAll('1', 'l'))).toBe(r);
    expect(normaliseReceipt(`${r}X`)).toBeNull();
    expect(normaliseReceipt('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});

describe('small-count suppression', () => {
  it('withholds counts from 1 to 4, and one more when a single cell would be revealed by the total', () => {
    const out = suppressSmallCounts([
      { key: 'a', count: 40 },
      { key: 'b', count: 3 },
      { key: 'c', count: 12 },
      { key: 'd', count: 0 },
    ]);
    expect(out).toEqual([
      { key: 'a', count: 40, suppressed: false },
      { key: 'b', count: null, suppressed: true },
      { key: 'c', count: null, suppressed: true },
      { key: 'd', count: 0, suppressed: false },
    ]);
    expect(
      suppressSmallCounts([
        { key: 'a', count: 7 },
        { key: 'b', count: 2 },
        { key: 'c', count: 1 },
      ]).map((c) => c.suppressed),
    ).toEqual([false, true, true]);
  });
});
