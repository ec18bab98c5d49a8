import type { Db } from './client.ts';

/**
 * A value computed from the database and reused for ttlMs, per database. For figures that many
 * readers ask for and few writes change (dashboards, reference overviews): writers in this process
 * call invalidate(); other processes see a change within ttlMs.
 */
export function memoPerDatabase<T>(ttlMs: number, compute: (db: Db) => Promise<T>) {
  const cache = new WeakMap<Db, { at: number; value: Promise<T> }>();
  return {
    get(db: Db): Promise<T> {
      const hit = cache.get(db);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      // Concurrent readers share one computation; a failed one is not kept.
      const value = compute(db);
      cache.set(db, { at: Date.now(), value });
      value.catch(() => cache.delete(db));
      return value;
    },
    invalidate(db: Db): void {
      cache.delete(db);
    },
  };
}
