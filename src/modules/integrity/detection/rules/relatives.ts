import type { FamilyLink } from '../graph-index.ts';
import type { RuleContext } from './context.ts';

/**
 * The official's close relatives, each with every family edge that makes them one (a spouse may
 * be named by a declaration and by the civil registry). Links keep the index's id order.
 */
export function closeRelatives(cx: RuleContext, officialId: string): Map<string, FamilyLink[]> {
  const relatives = new Map<string, FamilyLink[]>();
  for (const link of cx.ix.family.get(officialId) ?? []) {
    if (!cx.close.has(link.degree)) continue;
    const links = relatives.get(link.other);
    if (links) links.push(link);
    else relatives.set(link.other, [link]);
  }
  return relatives;
}
