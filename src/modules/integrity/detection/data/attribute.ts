import type { GraphIndex } from '../graph-index.ts';

/**
 * Whom a data finding is about: the first person of the bad data who is in this run's scope, or
 * else the in-scope official (smallest id) tied to one of them by family or association: a
 * contradiction about an official's spouse belongs in that official's file. Null when the bad
 * data touches nobody in scope (another run reports it).
 */
export function attribute(
  ix: GraphIndex,
  persons: readonly string[],
  scope: ReadonlySet<string>,
): string | null {
  for (const id of persons) if (scope.has(id)) return id;
  let best: string | null = null;
  for (const id of persons) {
    for (const link of [...(ix.family.get(id) ?? []), ...(ix.associates.get(id) ?? [])]) {
      if (scope.has(link.other) && (best === null || link.other < best)) best = link.other;
    }
  }
  return best;
}
