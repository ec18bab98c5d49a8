import { argon2id } from './argon2.ts';
import { derive, type KeyPair, keyPairFromSeed, randomBytes } from './envelope.ts';

/** Crockford's base32: no I, L, O or U, so a receipt read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECEIPT_CHARS = 24;
/** 24 characters of 5 bits: 120 bits, drawn from 15 random bytes exactly. */
export const RECEIPT_BITS = RECEIPT_CHARS * 5;

export function newReceipt(bytes: Uint8Array = randomBytes(RECEIPT_BITS / 8)): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return formatReceipt(out);
}

/** The receipt of the demo's synthetic report: derived from this installation's secret. */
export const demoReceipt = (seed: Uint8Array) => newReceipt(seed);

export const formatReceipt = (chars: string) => chars.match(/.{4}/g)!.join('-');

/**
 * The receipt as typed back: any case, with or without dashes and spaces, and the letters people
 * confuse with digits (I, L → 1; O → 0) read as Crockford defines. Null when it cannot be one.
 */
export function normaliseReceipt(input: string): string | null {
  const chars = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (chars.length !== RECEIPT_CHARS) return null;
  for (const c of chars) if (!ALPHABET.includes(c)) return null;
  return formatReceipt(chars);
}

export interface ReporterKeys {
  /** What the reports table stores to find the report again. */
  lookup: Uint8Array;
  /** The reporter's key pair: the report key is sealed for it. */
  keyPair: KeyPair;
}

/**
 * One argon2id over the receipt (salted with the installation's salt, so the same receipt on
 * another installation gives other values), split by BLAKE2b into the lookup value and the seed
 * of the reporter's key pair. The receipt itself is never stored.
 */
export async function reporterKeysOf(receipt: string, salt: Uint8Array): Promise<ReporterKeys> {
  const master = await argon2id(receipt, salt, 32, 'receipt');
  return {
    lookup: derive(32, 'akniet/reporting/receipt-lookup/v1', master),
    keyPair: keyPairFromSeed(derive(32, 'akniet/reporting/reporter-key/v1', master)),
  };
}
