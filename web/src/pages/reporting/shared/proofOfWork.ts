import { sha256 } from './sha256.ts';

/**
 * The proof of work the server asks before a submission or a receipt sign-in: a decimal nonce
 * such that SHA-256(`${challenge}:${nonce}`) starts with `difficulty` zero bits. It costs a
 * person a few seconds once and a flood of automated requests a great deal.
 */

/** How many leading bits of the digest are zero. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Digests computed per round: enough to keep the hashing threads busy, few enough to stay responsive. */
const BATCH = 256;

const encoder = new TextEncoder();

type Digest = (data: Uint8Array) => Promise<Uint8Array>;

function defaultDigest(): Digest {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    return async (data) => new Uint8Array(await subtle.digest('SHA-256', data as BufferSource));
  }
  return async (data) => sha256(data);
}

/**
 * Finds the nonce. `onProgress` gets the chance (0..1) that a nonce would have been found by now,
 * which rises smoothly whatever the luck; `signal` stops the search.
 */
export async function solveProofOfWork(
  challenge: string,
  difficulty: number,
  options: { onProgress?: (share: number) => void; signal?: AbortSignal; digest?: Digest } = {},
): Promise<string> {
  const digest = options.digest ?? defaultDigest();
  const expected = 2 ** difficulty;
  for (let start = 0; ; start += BATCH) {
    if (options.signal?.aborted) throw new DOMException('Stopped', 'AbortError');
    const nonces = Array.from({ length: BATCH }, (_, i) => String(start + i));
    const digests = await Promise.all(
      nonces.map((nonce) => digest(encoder.encode(`${challenge}:${nonce}`))),
    );
    const found = digests.findIndex((d) => leadingZeroBits(d) >= difficulty);
    if (found >= 0) {
      options.onProgress?.(1);
      return nonces[found]!;
    }
    options.onProgress?.(1 - Math.exp(-(start + BATCH) / expected));
    // Lets the page repaint and take keystrokes between rounds.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
