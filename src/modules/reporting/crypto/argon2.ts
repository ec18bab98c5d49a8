import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * argon2id costs. Receipts carry 120 random bits, so their cost only has to make a stolen table
 * pointless to test guesses against (and it meets OWASP's minimum for passwords, m=19 MiB t=2);
 * handlers' keys are protected by passwords people chose, at libsodium's interactive limits.
 */
export const ARGON2_COSTS = {
  receipt: { ops: 2, mem: 19 * 1024 * 1024 },
  password: { ops: 2, mem: 64 * 1024 * 1024 },
} as const;

export type Argon2Cost = keyof typeof ARGON2_COSTS;

interface Pending {
  resolve: (out: Uint8Array) => void;
  reject: (err: Error) => void;
}

class Argon2Pool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private next = 0;

  constructor(private readonly size: number) {}

  private worker(): Worker {
    if (this.workers.length < this.size) {
      const w = new Worker(new URL('./argon2-worker.mjs', import.meta.url));
      w.on('message', (msg: { id: number; out?: Uint8Array; error?: string }) => {
        const left = (this.busy.get(w) ?? 1) - 1;
        this.busy.set(w, left);
        if (left === 0) w.unref();
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (!p) return;
        if (msg.out) p.resolve(new Uint8Array(msg.out));
        else p.reject(new Error(msg.error ?? 'argon2id failed'));
      });
      w.on('error', (err) => {
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
        this.workers.splice(this.workers.indexOf(w), 1);
      });
      // After the listeners: attaching a 'message' listener refs the worker again.
      w.unref();
      this.workers.push(w);
      this.busy.set(w, 0);
      return w;
    }
    // The least busy worker takes the job.
    return this.workers.reduce((a, b) =>
      (this.busy.get(a) ?? 0) <= (this.busy.get(b) ?? 0) ? a : b,
    );
  }

  run(secret: Uint8Array | string, salt: Uint8Array, length: number, cost: Argon2Cost) {
    const id = this.next++;
    const w = this.worker();
    this.busy.set(w, (this.busy.get(w) ?? 0) + 1);
    // A worker with work keeps the process alive until it answers; an idle one does not.
    w.ref();
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, secret, salt, length, ...ARGON2_COSTS[cost] });
    });
  }
}

const pool = new Argon2Pool(Math.max(1, availableParallelism()));

/** argon2id(secret, 16-byte salt) → `length` bytes, computed on a worker thread. */
export const argon2id = (
  secret: Uint8Array | string,
  salt: Uint8Array,
  length: number,
  cost: Argon2Cost,
): Promise<Uint8Array> => pool.run(secret, salt, length, cost);
