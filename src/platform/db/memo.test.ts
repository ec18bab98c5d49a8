import { describe, expect, it, vi } from 'vitest';
import type { Db } from './client.ts';
import { memoPerDatabase } from './memo.ts';

describe('memoPerDatabase', () => {
  it('computes once per database within the time, again after invalidate or expiry', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const memo = memoPerDatabase(1000, async () => ++calls);
    const db = {} as Db;
    expect(await Promise.all([memo.get(db), memo.get(db)])).toEqual([1, 1]);
    memo.invalidate(db);
    expect(await memo.get(db)).toBe(2);
    vi.advanceTimersByTime(1001);
    expect(await memo.get(db)).toBe(3);
    expect(await memo.get({} as Db)).toBe(4);
    vi.useRealTimers();
  });

  it('does not keep a failed computation', async () => {
    let fail = true;
    const memo = memoPerDatabase(60_000, async () => {
      if (fail) throw new Error('database down');
      return 'ok';
    });
    const db = {} as Db;
    await expect(memo.get(db)).rejects.toThrow('database down');
    fail = false;
    expect(await memo.get(db)).toBe('ok');
  });
});
