/*
 * Receipts are 24 Crockford base32 characters, shown in groups of four. People copy them by hand,
 * so the input forgives case, spaces, dashes and the letters Crockford reads as digits.
 */

const ALPHABET = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{24}$/;

/** The receipt in its canonical form `XXXX-XXXX-…`, or null if it cannot be one. */
export function normaliseReceipt(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!ALPHABET.test(plain)) return null;
  return plain.match(/.{4}/g)!.join('-');
}
