import type { GraphIndex } from '../graph-index.ts';
import { finding } from '../rules/finding.ts';
import { dealingStep, relationStep } from '../steps.ts';
import type { Finding, NodeRef } from '../types.ts';
import { attribute } from './attribute.ts';

const isRef = (value: unknown): value is NodeRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as NodeRef).id === 'string' &&
  typeof (value as NodeRef).type === 'string';

/**
 * The edges and dealings the rules skipped (a person related to themselves, a reference to a node
 * the graph does not hold, ends that do not fit the kind), as low-severity data findings so
 * someone fixes the source. Edges too malformed to draw as a step are skipped silently.
 */
export function edgeProblems(ix: GraphIndex, scope: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  for (const problem of ix.problems) {
    const about = attribute(ix, problem.persons, scope);
    if (about === null) continue;
    const { relation, dealing } = problem;
    if (relation && isRef(relation.from) && isRef(relation.to)) {
      found.push(finding(problem.rule, 'low', about, [relationStep(ix, relation)]));
    } else if (dealing && isRef(dealing.counterparty)) {
      found.push(finding(problem.rule, 'low', about, [dealingStep(ix, dealing)]));
    }
  }
  return found;
}
