import type { AllocationCrypto } from '../../../../../src/modules/courts/engine/crypto.ts';

/**
 * The allocation engine's three primitives over libsodium (WebAssembly), so that a citizen's
 * browser checks the log with its own code instead of trusting the server's answer. Loaded only
 * when someone presses "verify".
 */
export async function browserCrypto(): Promise<AllocationCrypto> {
  const { default: sodium } = await import('libsodium-wrappers-sumo');
  await sodium.ready;
  return {
    sha256: (data) => sodium.crypto_hash_sha256(data),
    // The key is the day's 32-byte seed, the length crypto_auth_hmacsha256 takes.
    hmacSha256: (key, data) => sodium.crypto_auth_hmacsha256(data, key),
    verifyEd25519: (publicKey, message, signature) => {
      try {
        return sodium.crypto_sign_verify_detached(signature, message, publicKey);
      } catch {
        // A key or signature of the wrong length is simply not a valid signature.
        return false;
      }
    },
  };
}
