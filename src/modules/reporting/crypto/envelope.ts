import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;

/**
 * The encryption of the module, in one place (libsodium). Every ciphertext is bound to what it
 * is (its context, e.g. `report:<id>:content`) as associated data, so a ciphertext copied into
 * another row does not open there.
 */
export class DecryptionFailed extends Error {
  constructor(readonly context: string) {
    super(`cannot decrypt ${context}`);
    this.name = 'DecryptionFailed';
  }
}

export interface KeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

const NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

/** A fresh 256-bit symmetric key (a report's, a file's, an identity's). */
export const newKey = (): Uint8Array => sodium.crypto_aead_xchacha20poly1305_ietf_keygen();

export const newKeyPair = (): KeyPair => {
  const { publicKey, privateKey } = sodium.crypto_box_keypair();
  return { publicKey, secretKey: privateKey };
};

export const keyPairFromSeed = (seed: Uint8Array): KeyPair => {
  const { publicKey, privateKey } = sodium.crypto_box_seed_keypair(seed);
  return { publicKey, secretKey: privateKey };
};

/** XChaCha20-Poly1305: random 24-byte nonce, then the ciphertext and tag. */
export function encrypt(key: Uint8Array, plaintext: Uint8Array | string, context: string) {
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const body = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    context,
    null,
    nonce,
    key,
  );
  const out = new Uint8Array(nonce.length + body.length);
  out.set(nonce);
  out.set(body, nonce.length);
  return out;
}

export function decrypt(key: Uint8Array, box: Uint8Array, context: string): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      box.subarray(NONCE_BYTES),
      context,
      box.subarray(0, NONCE_BYTES),
      key,
    );
  } catch {
    throw new DecryptionFailed(context);
  }
}

export const encryptJson = (key: Uint8Array, value: unknown, context: string) =>
  encrypt(key, JSON.stringify(value), context);

export const decryptJson = <T>(key: Uint8Array, box: Uint8Array, context: string): T =>
  JSON.parse(sodium.to_string(decrypt(key, box, context))) as T;

/** Seals a key for a public key (crypto_box_seal: anonymous sender, only the holder opens it). */
export const sealFor = (publicKey: Uint8Array, key: Uint8Array): Uint8Array =>
  sodium.crypto_box_seal(key, publicKey);

export function openSealed(sealed: Uint8Array, keyPair: KeyPair, context: string): Uint8Array {
  try {
    return sodium.crypto_box_seal_open(sealed, keyPair.publicKey, keyPair.secretKey);
  } catch {
    throw new DecryptionFailed(context);
  }
}

/** A keyed BLAKE2b digest, used to derive separate values from one secret. */
export const derive = (length: number, label: string, secret: Uint8Array): Uint8Array =>
  sodium.crypto_generichash(length, sodium.from_string(label), secret);

export const randomBytes = (n: number): Uint8Array => sodium.randombytes_buf(n);

/** Overwrites key material once it is no longer needed (best effort in a garbage-collected heap). */
export const wipe = (...keys: Uint8Array[]) => {
  for (const k of keys) sodium.memzero(k);
};
