import type { Db } from '../../../platform/db/client.ts';
import type { ConflictGraph } from '../detection/types.ts';
import { loadNeighbourhood } from './load.ts';
import { listOfficialIds } from './officials.ts';

export interface Chunk {
  officialIds: string[];
  graph: ConflictGraph;
}

/**
 * Every official in keyset chunks of `size`, each with its neighbourhood: the full detection
 * pass's input. The next `ahead` chunks are already loading while the caller works on this one,
 * so on a database server the queries (on several connections) and the engine run side by side
 * instead of taking turns. Memory holds at most ahead + 1 chunks.
 */
export async function* neighbourhoodChunks(db: Db, size: number, ahead = 2): AsyncGenerator<Chunk> {
  /** Keyset order makes listing sequential; each listing waits only for the one before it. */
  let listing: Promise<{ ids: string[]; last: boolean }> | null = null;
  const queue: Promise<Chunk | null>[] = [];
  const enqueue = () => {
    const before = listing;
    const current = (async () => {
      const previous = before ? await before : null;
      if (previous?.last) return { ids: [], last: true };
      const ids = await listOfficialIds(db, previous?.ids.at(-1), size);
      return { ids, last: ids.length < size };
    })();
    listing = current;
    const chunk = current.then(async ({ ids }) =>
      ids.length === 0 ? null : { officialIds: ids, graph: await loadNeighbourhood(db, ids) },
    );
    // Awaited in turn below; until then a failure must not count as unhandled.
    chunk.catch(() => {});
    queue.push(chunk);
  };
  try {
    for (let i = 0; i <= ahead; i++) enqueue();
    for (;;) {
      const chunk = await queue.shift()!;
      if (!chunk) return;
      enqueue();
      yield chunk;
    }
  } finally {
    // A caller that stops early leaves up to `ahead` loads running; they finish on their own.
  }
}
