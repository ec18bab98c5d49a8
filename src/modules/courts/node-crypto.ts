import { createHash, createHmac, createPublicKey, verify } from 'node:crypto';
import type { AllocationCrypto } from './engine/crypto.ts';

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): what precedes the raw 32 bytes. */
export const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The allocation engine's primitives on node:crypto (OpenSSL). */
export const nodeCrypto: AllocationCrypto = {
  sha256: (data) => createHash('sha256').update(data).digest(),
  hmacSha256: (key, data) => createHmac('sha256', key).update(data).digest(),
  verifyEd25519: (publicKey, message, signature) => {
    if (publicKey.length !== 32 || signature.length !== 64) return false;
    const key = createPublicKey({
      key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]),
      format: 'der',
      type: 'spki',
    });
    return verify(null, message, key, signature);
  },
};
