import type { PathStep } from '../../../api/types.ts';

export type ChainNode = { kind: 'node'; type: 'person' | 'organisation'; id: string; name: string };
export type ChainLink = { kind: 'link'; step: PathStep };
export type ChainGap = { kind: 'gap' };
export type ChainPart = ChainNode | ChainLink | ChainGap;

const same = (a: { type: string; id: string }, b: { type: string; id: string }) =>
  a.type === b.type && a.id === b.id;

const node = (end: PathStep['from']): ChainNode => ({
  kind: 'node',
  type: end.type,
  id: end.id,
  name: end.name,
});

/**
 * A finding's path as one readable chain, official first: node, link, node, link... A step may
 * point against the reading direction (the ministry awards the contract to the company); it is
 * still read from the node the chain has reached. Steps that do not join get a visible gap.
 */
export function pathChain(path: readonly PathStep[]): ChainPart[] {
  const parts: ChainPart[] = [];
  let at: ChainNode | null = null;
  for (const step of path) {
    if (at && same(at, step.from)) {
      at = node(step.to);
    } else if (at && same(at, step.to)) {
      at = node(step.from);
    } else {
      if (at) parts.push({ kind: 'gap' });
      parts.push(node(step.from));
      at = node(step.to);
    }
    parts.push({ kind: 'link', step }, at);
  }
  return parts;
}
