import type {
  ConflictFindingSummary,
  GraphEdge,
  GraphNode,
  GraphNodeRef,
  PathStep,
  RelationsGraph,
} from '../../../api/types.ts';

/** One key per node across both kinds: a person and an organisation may share an id space. */
export const nodeKey = (ref: GraphNodeRef): string => `${ref.type}:${ref.id}`;

/** Relations and dealings are separate tables: the key names which one. */
export const edgeKey = (edge: { edge: 'relation' | 'dealing'; id: string }): string =>
  `${edge.edge}:${edge.id}`;

export const stepKey = (step: PathStep): string => edgeKey({ edge: step.edge, id: step.edgeId });

/**
 * The edges to draw as a finding's path: the selected finding's, or every finding's when none is
 * selected (the page opens with all of them highlighted).
 */
export function pathEdgeKeys(
  findings: readonly ConflictFindingSummary[],
  selectedId?: string | null,
): Set<string> {
  const chosen = selectedId ? findings.filter((f) => f.id === selectedId) : findings;
  return new Set(chosen.flatMap((f) => f.path.map(stepKey)));
}

/** A path step as a graph edge, for paths that run outside the loaded depth or kinds. */
function edgeOfStep(step: PathStep): GraphEdge {
  return {
    id: step.edgeId,
    edge: step.edge,
    kind: step.kind,
    from: { type: step.from.type, id: step.from.id },
    to: { type: step.to.type, id: step.to.id },
    degree: step.degree ?? null,
    sharePercent: step.sharePercent ?? null,
    role: step.role ?? null,
    source: step.source,
    sourceRef: step.sourceRef,
    validFrom: step.validFrom ?? null,
    validUntil: step.validUntil ?? null,
    title: step.title ?? null,
    amountTyiyn: step.amountTyiyn ?? null,
    date: step.date ?? null,
  };
}

/**
 * The graph with the findings' paths in it: a path may leave the loaded neighbourhood (a filter
 * hid a kind, or the depth stops short), and a highlighted path must still show whole.
 */
export function withPaths(
  graph: RelationsGraph,
  findings: readonly ConflictFindingSummary[],
  keep: (step: PathStep) => boolean = () => true,
): RelationsGraph {
  const nodes = new Map(graph.nodes.map((n) => [nodeKey(n), n]));
  const edges = new Map(graph.edges.map((e) => [edgeKey(e), e]));
  let changed = false;
  for (const step of findings.flatMap((f) => f.path).filter(keep)) {
    for (const end of [step.from, step.to]) {
      const key = nodeKey(end);
      if (!nodes.has(key)) {
        nodes.set(key, { type: end.type, id: end.id, name: end.name });
        changed = true;
      }
    }
    const key = stepKey(step);
    if (!edges.has(key)) {
      edges.set(key, edgeOfStep(step));
      changed = true;
    }
  }
  return changed ? { ...graph, nodes: [...nodes.values()], edges: [...edges.values()] } : graph;
}

/** Only the highlighted edges and their ends: "show only the finding's path". */
export function onlyPath(graph: RelationsGraph, keys: ReadonlySet<string>): RelationsGraph {
  const edges = graph.edges.filter((e) => keys.has(edgeKey(e)));
  const ends = new Set(edges.flatMap((e) => [nodeKey(e.from), nodeKey(e.to)]));
  ends.add(nodeKey(graph.centre));
  return { ...graph, nodes: graph.nodes.filter((n) => ends.has(nodeKey(n))), edges };
}

/** Hops from the centre over edges in either direction (Infinity when unreachable). */
export function hopsFromCentre(graph: RelationsGraph): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    const a = nodeKey(e.from);
    const b = nodeKey(e.to);
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const hops = new Map<string, number>([[nodeKey(graph.centre), 0]]);
  let frontier = [nodeKey(graph.centre)];
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const other of neighbours.get(key) ?? []) {
        if (!hops.has(other)) {
          hops.set(other, depth);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  for (const n of graph.nodes) if (!hops.has(nodeKey(n))) hops.set(nodeKey(n), Infinity);
  return hops;
}

/** The node a reference points to, if the graph holds it. */
export function findNode(graph: RelationsGraph, ref: GraphNodeRef): GraphNode | undefined {
  const key = nodeKey(ref);
  return graph.nodes.find((n) => nodeKey(n) === key);
}
