import type { RelationEdge } from '../types.ts';

/** A step from a person up to their parent or grandparent. */
export interface Up {
  child: string;
  ancestor: string;
  edge: RelationEdge;
}

/** Tarjan's strongly connected groups, iterative so a long chain cannot overflow the stack. */
export function stronglyConnected(nodes: string[], up: ReadonlyMap<string, Up[]>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: Set<string>[] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = up.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!.ancestor;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group = new Set<string>();
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.add(member);
        } while (member !== frame.node);
        groups.push(group);
      }
    }
  }
  return groups;
}

/** A loop inside a strongly connected group: depth-first from `start` until a step returns. */
export function findCycle(
  start: string,
  group: ReadonlySet<string>,
  up: ReadonlyMap<string, Up[]>,
): Up[] {
  const path: Up[] = [];
  const position = new Map<string, number>([[start, 0]]);
  const done = new Set<string>();
  const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    const out = (up.get(frame.node) ?? []).filter((s) => group.has(s.ancestor));
    if (frame.next >= out.length) {
      work.pop();
      position.delete(frame.node);
      done.add(frame.node);
      path.pop();
      continue;
    }
    const step = out[frame.next++]!;
    const at = position.get(step.ancestor);
    if (at !== undefined) return [...path.slice(at), step];
    if (done.has(step.ancestor)) continue;
    path.push(step);
    position.set(step.ancestor, path.length);
    work.push({ node: step.ancestor, next: 0 });
  }
  return [];
}
