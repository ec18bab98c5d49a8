import { degreeOf, isAncestor, isDescendant } from '../degrees.ts';
import type { GraphIndex } from '../graph-index.ts';
import { finding } from '../rules/finding.ts';
import { relationStep } from '../steps.ts';
import type { FamilyDegree, Finding, RelationEdge } from '../types.ts';
import { attribute } from './attribute.ts';
import { findCycle, stronglyConnected, type Up } from './cycles.ts';

interface PairEdge {
  edge: RelationEdge;
  /** What the pair's larger id is to its smaller one. */
  degree: FamilyDegree;
}

/**
 * Family data that cannot be true, reported instead of trusted:
 * - `kinship_cycle`: someone is their own ancestor, two persons each other's parent
 *   (A's parent is B and B's parent is A, or B is both A's parent and A's child), or a longer loop
 *   of parent/grandparent steps.
 * - `contradicting_sources`: one pair with two degrees that cannot both hold (spouse and sibling,
 *   parent and grandparent). `other` fits with anything, and the same degree twice is agreement.
 */
export function kinshipProblems(ix: GraphIndex, scope: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  const looped = new Set<string>();
  // Each pair once, from its smaller id, and only pairs named by two edges or more: most people
  // have one edge to each relative, and those need no map entry.
  for (const [a, links] of ix.family) {
    if (links.length < 2) continue;
    for (let i = 0; i < links.length; i++) {
      const b = links[i]!.other;
      if (b <= a || links.findIndex((l) => l.other === b) !== i) continue;
      // Links are sorted by edge id, so each `find` below picks the smallest id.
      const edges: PairEdge[] = links
        .filter((l) => l.other === b)
        .map((l) => ({ edge: l.edge, degree: l.degree }));
      if (edges.length < 2) continue;
      const report = (rule: 'kinship_cycle' | 'contradicting_sources', chosen: PairEdge[]) => {
        const about = attribute(ix, [a, b], scope);
        if (about === null) return;
        found.push(
          finding(
            rule,
            'medium',
            about,
            chosen.map((e) => relationStep(ix, e.edge)),
          ),
        );
      };
      const up = edges.find((e) => isAncestor(e.degree));
      const down = edges.find((e) => isDescendant(e.degree));
      if (up && down) {
        looped.add(`${a}\u0000${b}`);
        report(
          'kinship_cycle',
          [up, down].sort((x, y) => (x.edge.id < y.edge.id ? -1 : 1)),
        );
        continue;
      }
      const byDegree = new Map<FamilyDegree, PairEdge>();
      for (const e of edges) {
        if (e.degree !== 'other' && !byDegree.has(e.degree)) byDegree.set(e.degree, e);
      }
      if (byDegree.size > 1) {
        report(
          'contradicting_sources',
          [...byDegree.values()].sort((x, y) => (x.edge.id < y.edge.id ? -1 : 1)),
        );
      }
    }
  }
  for (const cycle of longerCycles(ix, looped)) {
    const about = attribute(
      ix,
      cycle.map((s) => s.child),
      scope,
    );
    if (about === null) continue;
    found.push(
      finding(
        'kinship_cycle',
        'medium',
        about,
        cycle.map((s) => relationStep(ix, s.edge, s.edge.from.id !== s.child)),
      ),
    );
  }
  return found;
}

/**
 * Loops of three or more persons in "is an ancestor of", one per strongly connected group
 * (Tarjan's algorithm, iterative so a long chain cannot overflow the stack). Pairs already
 * reported as two-person loops are left out. Every choice goes by id, so the same data gives the
 * same loop, rotated to start at its smallest edge id.
 */
function longerCycles(ix: GraphIndex, looped: ReadonlySet<string>): Up[][] {
  const up = new Map<string, Up[]>();
  for (const edge of ix.familyEdges) {
    const degree = degreeOf(edge.degree);
    const step = isAncestor(degree)
      ? { child: edge.from.id, ancestor: edge.to.id, edge }
      : isDescendant(degree)
        ? { child: edge.to.id, ancestor: edge.from.id, edge }
        : null;
    if (!step) continue;
    const [a, b] =
      step.child < step.ancestor ? [step.child, step.ancestor] : [step.ancestor, step.child];
    if (looped.has(`${a}\u0000${b}`)) continue;
    const list = up.get(step.child);
    if (list) list.push(step);
    else up.set(step.child, [step]);
  }
  // A person on a loop has both a parent step and a child step: one pass of trimming leaves out
  // the many who lack either (the oldest and youngest generations) before the search.
  const hasChildStep = new Set<string>();
  for (const steps of up.values()) for (const step of steps) hasChildStep.add(step.ancestor);
  const trimmed = new Map<string, Up[]>();
  for (const [child, steps] of up) {
    if (!hasChildStep.has(child)) continue;
    const kept = steps.filter((step) => up.has(step.ancestor));
    if (kept.length > 0) trimmed.set(child, kept);
  }
  if (trimmed.size === 0) return [];

  const groups = stronglyConnected([...trimmed.keys()].sort(), trimmed);
  const cycles: Up[][] = [];
  for (const group of groups) {
    if (group.size < 2) continue;
    const cycle = findCycle([...group].sort()[0]!, group, trimmed);
    if (cycle.length === 0) continue;
    let start = 0;
    for (let i = 1; i < cycle.length; i++) if (cycle[i]!.edge.id < cycle[start]!.edge.id) start = i;
    cycles.push([...cycle.slice(start), ...cycle.slice(0, start)]);
  }
  return cycles;
}
