import { createHash } from 'node:crypto';
import type { ConflictRule, DataRule, PathStep } from './types.ts';

/**
 * A finding's identity: the rule and the ids of its path's edges, in path order. Names, dates and
 * amounts stay out, so a corrected name or amount updates the same finding instead of making a
 * new one; the official is implied by the edges.
 */
export function findingKey(rule: ConflictRule | DataRule, path: readonly PathStep[]): string {
  const hash = createHash('sha256').update(rule);
  for (const step of path) hash.update(`\n${step.edge}:${step.edgeId}`);
  return `${rule}:${hash.digest('hex').slice(0, 32)}`;
}
