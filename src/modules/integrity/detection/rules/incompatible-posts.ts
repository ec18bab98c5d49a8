import { commonWindow } from '../dates.ts';
import { relationStep } from '../steps.ts';
import type { Finding, RelationEdge } from '../types.ts';
import type { RuleContext } from './context.ts';
import { finding } from './finding.ts';

const STATE_KINDS: ReadonlySet<string> = new Set(['state_body', 'state_organisation']);

/** Earlier post first, so the path reads in time order; the id settles ties for a stable key. */
const inTimeOrder = (a: RelationEdge, b: RelationEdge) => {
  const [x, y] = [String(a.validFrom ?? ''), String(b.validFrom ?? '')];
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Posts the law does not allow together, at the same time (up to `asOf`): a post in a state body
 * or state organisation while directing a company, and posts in two different state bodies.
 * One finding per pair of edges.
 */
export function incompatiblePosts(cx: RuleContext, officialId: string): Finding[] {
  const { ix, settings } = cx;
  const found: Finding[] = [];
  const kindOf = (edge: RelationEdge) => ix.organisations.get(edge.to.id)?.kind;
  const posts = (ix.employments.get(officialId) ?? []).filter((e) => STATE_KINDS.has(kindOf(e)!));
  const directorships = (ix.roles.get(officialId) ?? []).filter(
    (e) => e.kind === 'director' && kindOf(e) === 'company',
  );
  for (const post of posts) {
    for (const director of directorships) {
      if (commonWindow([post, director], settings.asOf) === null) continue;
      found.push(
        finding('incompatible_posts', 'medium', officialId, [
          relationStep(ix, post),
          relationStep(ix, director),
        ]),
      );
    }
  }
  const bodies = posts.filter((e) => kindOf(e) === 'state_body');
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      const pair = [bodies[i]!, bodies[j]!].sort(inTimeOrder);
      if (pair[0]!.to.id === pair[1]!.to.id) continue;
      if (commonWindow(pair, settings.asOf) === null) continue;
      found.push(
        finding(
          'incompatible_posts',
          'medium',
          officialId,
          pair.map((e) => relationStep(ix, e)),
        ),
      );
    }
  }
  return found;
}
