import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  leadingZeroBits,
  solveProofOfWork,
} from '../../web/src/pages/reporting/shared/proofOfWork.ts';
import { normaliseReceipt } from '../../web/src/pages/reporting/shared/receipt.ts';
import { sha256 } from '../../web/src/pages/reporting/shared/sha256.ts';

const nodeSha = (text: string) => new Uint8Array(createHash('sha256').update(text).digest());

describe('reporter proof of work', () => {
  it('hashes like node for empty, short and multi-block input', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(200)]) {
      expect(sha256(new TextEncoder().encode(text))).toEqual(nodeSha(text));
    }
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x10, 0xff]))).toBe(19);
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });

  it('finds a nonce the server will accept, with either digest', async () => {
    const progress: number[] = [];
    const nonce = await solveProofOfWork('challenge-1', 10, {
      onProgress: (p) => progress.push(p),
    });
    expect(leadingZeroBits(nodeSha(`challenge-1:${nonce}`))).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toBe(1);
    const plain = await solveProofOfWork('challenge-1', 10, { digest: async (d) => sha256(d) });
    expect(plain).toBe(nonce);
  });

  it('stops when asked', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(solveProofOfWork('c', 30, { signal: controller.signal })).rejects.toThrow();
  });
});

describe('receipt input', () => {
  it('takes the receipt with or without dashes, in any case, and Crockford look-alikes', () => {
    const canonical = '7KQ2-9MXD-ABCD-EFGH-JKMN-PQRS';
    expect(normaliseReceipt(canonical)).toBe(canonical);
    expect(normaliseReceipt('7kq29mxdabcdefghjkmnpqrs')).toBe(canonical);
    expect(normaliseReceipt(' 7KQ2 9MXD-abcd efgh-JKMN PQRS ')).toBe(canonical);
    expect(normaliseReceipt('oOiIlL00000000000000000Z')).toBe('0011-1100-0000-0000-0000-000Z');
  });

  it('refuses what cannot be a receipt', () => {
    expect(normaliseReceipt('')).toBeNull();
    expect(normaliseReceipt('7KQ2-9MXD')).toBeNull();
    expect(normaliseReceipt('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});
