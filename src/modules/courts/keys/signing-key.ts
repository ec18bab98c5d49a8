import {
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  sign,
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../../platform/config.ts';
import { keyIdOf } from '../engine/chain.ts';
import { nodeCrypto } from '../node-crypto.ts';

/**
 * The court allocation key: an Ed25519 key that signs each day's head, from which the daily
 * seeds are also derived. It lives in a file outside the database (mode 0600), so whoever can
 * edit the database still cannot re-sign a rewritten log or learn tomorrow's seed.
 */
export interface AllocationKey {
  keyId: string;
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  sign(message: Uint8Array): string;
  /** The day's secret seed (32 bytes, hex): HMAC-SHA256(HKDF(key), "akniet/court-seed/v1/" + day). */
  seedOf(day: string): string;
}

export const keyFileOf = (dataDir: string, explicit?: string) =>
  explicit ?? join(dataDir, 'keys', 'court-allocations-ed25519.pem');

export function keyFromPem(pem: string): AllocationKey {
  const privateKey: KeyObject = createPrivateKey(pem);
  const raw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(12);
  const seedKey = Buffer.from(
    hkdfSync(
      'sha256',
      privateKey.export({ format: 'der', type: 'pkcs8' }),
      Buffer.alloc(0),
      'akniet court allocation seeds v1',
      32,
    ),
  );
  return {
    keyId: keyIdOf(nodeCrypto, raw),
    publicKey: Buffer.from(raw).toString('base64'),
    sign: (message) => sign(null, message, privateKey).toString('base64'),
    seedOf: (day) =>
      createHmac('sha256', seedKey).update(`akniet/court-seed/v1/${day}`).digest('hex'),
  };
}

const loaded = new Map<string, AllocationKey>();

/** Reads the key file, creating a new key on first use (exclusive create: two processes agree). */
export function loadAllocationKey(file: string): AllocationKey {
  const cached = loaded.get(file);
  if (cached) return cached;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
    }
    pem = readFileSync(file, 'utf8');
  }
  const key = keyFromPem(pem);
  loaded.set(file, key);
  return key;
}

/** The key named by the environment (COURTS_KEY_FILE, or the one in DATA_DIR/keys). */
export function currentAllocationKey(): AllocationKey {
  const config = loadConfig();
  return loadAllocationKey(keyFileOf(config.dataDir, config.courtsKeyFile));
}
