import { degreeOf, inverseDegree } from './degrees.ts';
import type { GraphIndex } from './graph-index.ts';
import type { Dealing, NodeRef, PathStep, RelationEdge, RelationKind } from './types.ts';

/** A node with its name; an unknown node (reported as a data finding) gets an empty one. */
function named(ix: GraphIndex, ref: NodeRef): NodeRef & { name: string } {
  const node = ref.type === 'person' ? ix.persons.get(ref.id) : ix.organisations.get(ref.id);
  return { type: ref.type, id: ref.id, name: typeof node?.name === 'string' ? node.name : '' };
}

/**
 * One relation as a step of a path. `reversed` reads the edge from its `to` end, as paths read
 * from the official outwards; a family degree is then inverted so it still says what the step's
 * `to` is to its `from` (the stored "A's parent is B" reads "B's child is A").
 */
export function relationStep(ix: GraphIndex, edge: RelationEdge, reversed = false): PathStep {
  const step: PathStep = {
    from: named(ix, reversed ? edge.to : edge.from),
    to: named(ix, reversed ? edge.from : edge.to),
    kind: edge.kind as RelationKind,
    edgeId: edge.id,
    edge: 'relation',
    source: String(edge.source),
    sourceRef: String(edge.sourceRef),
  };
  if (edge.kind === 'family') {
    const degree = degreeOf(edge.degree);
    step.degree = reversed ? inverseDegree(degree) : degree;
  }
  if (edge.sharePercent != null) step.sharePercent = edge.sharePercent;
  if (edge.role != null) step.role = edge.role;
  if (edge.validFrom) step.validFrom = edge.validFrom;
  if (edge.validUntil) step.validUntil = edge.validUntil;
  return step;
}

/** A dealing read from the party that benefits to the organisation that gave it. */
export function dealingStep(ix: GraphIndex, dealing: Dealing): PathStep {
  const step: PathStep = {
    from: named(ix, dealing.counterparty),
    to: named(ix, { type: 'organisation', id: dealing.organisationId }),
    kind: dealing.kind,
    edgeId: dealing.id,
    edge: 'dealing',
    source: String(dealing.source),
    sourceRef: String(dealing.reference),
    title: String(dealing.title),
    amountTyiyn: dealing.amountTyiyn ?? null,
    date: String(dealing.date),
  };
  return step;
}
