import { commonWindow } from '../dates.ts';
import { relationStep } from '../steps.ts';
import type { Finding, RelationEdge } from '../types.ts';
import type { RuleContext } from './context.ts';
import { finding } from './finding.ts';
import { closeRelatives } from './relatives.ts';

/**
 * Nepotism: a close relative under the official's direct authority, either as a direct
 * subordinate (subordination edge relative -> official) or employed by an organisation the
 * official heads (a state body or organisation: heading a company is another rule's concern).
 * The family tie and the posts must have held together at some time up to `asOf`.
 * One finding per subordination edge, or per pair (relative's post, official's head post).
 */
export function relativeSubordinate(cx: RuleContext, officialId: string): Finding[] {
  const { ix, settings } = cx;
  const found: Finding[] = [];
  const heads = (ix.employments.get(officialId) ?? []).filter(
    (e) => e.head === true && ix.organisations.get(e.to.id)?.kind !== 'company',
  );
  const subordinates = ix.subordinates.get(officialId) ?? [];
  for (const [relativeId, links] of closeRelatives(cx, officialId)) {
    // The first family edge (by id) that held alongside the posts explains the tie.
    const tie = (...posts: RelationEdge[]) =>
      links.find((l) => commonWindow([l.edge, ...posts], settings.asOf) !== null);

    for (const subordination of subordinates) {
      if (subordination.from.id !== relativeId) continue;
      const link = tie(subordination);
      if (!link) continue;
      found.push(
        finding('relative_subordinate', 'high', officialId, [
          relationStep(ix, link.edge, link.reversed),
          relationStep(ix, subordination),
        ]),
      );
    }

    if (heads.length === 0) continue;
    for (const post of ix.employments.get(relativeId) ?? []) {
      for (const head of heads) {
        if (head.to.id !== post.to.id) continue;
        const link = tie(post, head);
        if (!link) continue;
        found.push(
          finding('relative_subordinate', 'high', officialId, [
            relationStep(ix, link.edge, link.reversed),
            relationStep(ix, post),
            relationStep(ix, head),
          ]),
        );
      }
    }
  }
  return found;
}
