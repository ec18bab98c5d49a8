// Where intake time goes: each costly step of the encrypted intake alone, over the same photos
// with the same concurrency (all at once). In the real intake they overlap: argon2id runs on
// worker threads, sharp on libuv's pool, encryption and the database on the main thread.
import { performance } from 'node:perf_hooks';
import { encrypt, newKey } from '../../src/modules/reporting/crypto/envelope.ts';
import { newReceipt, reporterKeysOf } from '../../src/modules/reporting/crypto/receipt.ts';
import { cleanFiles } from '../../src/modules/reporting/intake/files.ts';

export interface Step {
  name: string;
  ms: number;
}

async function timed(name: string, work: () => Promise<unknown>): Promise<Step> {
  const t0 = performance.now();
  await work();
  return { name, ms: performance.now() - t0 };
}

export async function measureSteps(photo: Buffer, count: number, receiptSalt: Uint8Array) {
  const indexes = Array.from({ length: count }, (_, i) => i);
  let cleaned: Uint8Array[] = [];
  const steps = [
    await timed('argon2id of the receipt (worker threads)', () =>
      Promise.all(indexes.map(() => reporterKeysOf(newReceipt(), receiptSalt))),
    ),
    await timed('metadata removal (sharp decode + re-encode)', async () => {
      const files = await Promise.all(
        indexes.map((i) => cleanFiles([{ name: `photo-${i}.jpg`, bytes: new Uint8Array(photo) }])),
      );
      cleaned = files.map((f) => f[0]!.bytes);
    }),
    await timed('encryption (XChaCha20-Poly1305, libsodium wasm)', async () => {
      for (const bytes of cleaned) encrypt(newKey(), bytes, 'attachment:bench:content');
    }),
  ];
  return steps;
}
