// Where intake time goes: each costly step of the encrypted intake alone, over the same photos
// with the same concurrency (all at once). In the real intake they overlap: argon2id runs on
// worker threads, sharp on libuv's pool, encryption and the database on the main thread.
// Photos tagged to be shown turned take the slow path (decoded, turned, encoded by sharp).
import { performance } from 'node:perf_hooks';
import { encrypt, newKey } from '../../src/modules/reporting/crypto/envelope.ts';
import { newReceipt, reporterKeysOf } from '../../src/modules/reporting/crypto/receipt.ts';
import { cleanFiles } from '../../src/modules/reporting/intake/files.ts';
import { noisePhoto } from './photo.ts';

export interface Step {
  name: string;
  ms: number;
}

async function timed(name: string, work: () => Promise<unknown>): Promise<Step> {
  const t0 = performance.now();
  await work();
  return { name, ms: performance.now() - t0 };
}

export async function measureSteps(photos: Buffer[], receiptSalt: Uint8Array) {
  let cleaned: Uint8Array[] = [];
  const steps = [
    await timed('argon2id of the receipt (worker threads)', () =>
      Promise.all(photos.map(() => reporterKeysOf(newReceipt(), receiptSalt))),
    ),
    await timed('metadata removal (segments cut out)', async () => {
      const files = await Promise.all(
        photos.map((photo, i) =>
          cleanFiles([{ name: `photo-${i}.jpg`, bytes: new Uint8Array(photo) }]),
        ),
      );
      cleaned = files.map((f) => f[0]!.bytes);
    }),
    await timed('encryption (XChaCha20-Poly1305, libsodium wasm)', async () => {
      for (const bytes of cleaned) encrypt(newKey(), bytes, 'attachment:bench:content');
    }),
  ];
  const turned = await noisePhoto(1280, 960, 6);
  steps.push(
    await timed('metadata removal, photo tagged turned (sharp)', () =>
      Promise.all(
        photos.map((_, i) =>
          cleanFiles([{ name: `portrait-${i}.jpg`, bytes: new Uint8Array(turned) }]),
        ),
      ),
    ),
  );
  return steps;
}
