import { canonical } from './canonical.ts';
import { type AllocationCrypto, bytesOf, sha256Hex, toHex } from './crypto.ts';
import type { LogEntry, SignedHead } from './types.ts';

/** SHA-256 (hex) of the canonical entry without its own hash: {seq, at, day, payload, prev}. */
export const entryHash = (crypto: AllocationCrypto, entry: Omit<LogEntry, 'hash'>) =>
  sha256Hex(
    crypto,
    canonical({
      seq: entry.seq,
      at: entry.at,
      day: entry.day,
      payload: entry.payload,
      prev: entry.prev,
    }),
  );

export const CHAIN_NAME = 'akniet-court-allocations';

/** The bytes a day's head signature covers. */
export const headMessage = (head: Omit<SignedHead, 'signature'>) =>
  bytesOf(
    canonical({
      chain: CHAIN_NAME,
      day: head.day,
      lastSeq: head.lastSeq,
      headHash: head.headHash,
      keyId: head.keyId,
    }),
  );

/** A key's id: the first 16 hex digits of the SHA-256 of its raw 32 bytes. */
export const keyIdOf = (crypto: AllocationCrypto, rawPublicKey: Uint8Array) =>
  toHex(crypto.sha256(rawPublicKey).slice(0, 8));
