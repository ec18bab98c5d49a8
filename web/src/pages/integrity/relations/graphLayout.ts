import { MultiGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { GraphEdge, GraphNode, RelationsGraph } from '../../../api/types.ts';
import { edgeKey, hopsFromCentre, nodeKey } from './graphModel.ts';

type ForceAtlas2 = typeof forceAtlas2Module.default;
// A CommonJS package typed as an ES module: bundlers hand over module.exports itself.
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as { default?: ForceAtlas2 }).default ??
  (forceAtlas2Module as unknown as ForceAtlas2);

export type Point = { x: number; y: number };

/** How far apart node centres must stay: room for the node and its label under it. */
export const LABEL_BOX = { width: 170, height: 68 } as const;
/** Half the side (or radius) of a node shape, in the picture's units. */
export const NODE_SIZE = { centre: 20, other: 13 } as const;
const MARGIN = { x: LABEL_BOX.width / 2 + 8, top: NODE_SIZE.centre + 8, bottom: 56 } as const;

/** FNV-1a: a stable number per node id, so the same network always starts (and ends) the same. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Where each node starts: the centre at the origin, the others on rings by hops from it, at an
 * angle taken from the hash of their key. Independent of the order the server lists them in.
 */
export function seedPositions(graph: RelationsGraph): Map<string, Point> {
  const hops = hopsFromCentre(graph);
  const reachable = [...hops.values()].filter(Number.isFinite);
  const outside = Math.max(0, ...reachable) + 1;
  const seeds = new Map<string, Point>();
  for (const node of graph.nodes) {
    const key = nodeKey(node);
    const hop = hops.get(key) ?? outside;
    const ring = Number.isFinite(hop) ? hop : outside;
    const h = hash(key);
    const angle = (h / 0x100000000) * 2 * Math.PI;
    // A little radial jitter keeps two nodes with close angles from starting on top of each other.
    const radius = ring * 100 + ((h >>> 8) % 25);
    seeds.set(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  }
  return seeds;
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/**
 * ForceAtlas2 from the seeded start with a fixed number of iterations and the centre pinned:
 * the same graph gives the same picture on every render and every machine.
 */
export function forcePositions(graph: RelationsGraph): Map<string, Point> {
  const seeds = seedPositions(graph);
  const centre = nodeKey(graph.centre);
  const g = new MultiGraph();
  for (const node of byKey(graph.nodes, nodeKey)) {
    const key = nodeKey(node);
    const seed = key === centre ? { x: 0, y: 0 } : (seeds.get(key) ?? { x: 0, y: 0 });
    g.addNode(key, { ...seed, fixed: key === centre });
  }
  for (const edge of byKey(graph.edges, edgeKey)) {
    const from = nodeKey(edge.from);
    const to = nodeKey(edge.to);
    if (from !== to && g.hasNode(from) && g.hasNode(to)) g.addEdgeWithKey(edgeKey(edge), from, to);
  }
  if (g.order > 1 && g.size > 0) {
    forceAtlas2.assign(g, {
      iterations: g.order > 100 ? 150 : 300,
      settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: false },
    });
  }
  const positions = new Map<string, Point>();
  g.forEachNode((key, attributes) => {
    const { x, y } = attributes as Point;
    positions.set(
      key,
      Number.isFinite(x) && Number.isFinite(y) ? { x, y } : (seeds.get(key) ?? { x: 0, y: 0 }),
    );
  });
  return positions;
}

/**
 * Turns the layout so that its longest spread runs across: screens are wider than tall. The
 * principal axis of the points (about the pinned centre) becomes the horizontal.
 */
export function landscape(positions: Map<string, Point>): Map<string, Point> {
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of positions.values()) {
    sxx += p.x * p.x;
    syy += p.y * p.y;
    sxy += p.x * p.y;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  return new Map(
    [...positions].map(([key, p]) => [key, { x: p.x * cos - p.y * sin, y: p.x * sin + p.y * cos }]),
  );
}

/** Scales the layout so that the closest neighbours sit a little closer than a label's width: separate() then moves only the few that collide. */
function scaleToLabels(positions: Map<string, Point>): Map<string, Point> {
  const points = [...positions.values()];
  if (points.length < 2) return positions;
  const nearest = points.map((p, i) => {
    let best = Infinity;
    points.forEach((q, j) => {
      if (i !== j) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    });
    return best;
  });
  nearest.sort((a, b) => a - b);
  const median = nearest[Math.floor(nearest.length / 2)] ?? 1;
  const factor = median > 0 ? (LABEL_BOX.width * 0.6) / median : 1;
  return new Map([...positions].map(([key, p]) => [key, { x: p.x * factor, y: p.y * factor }]));
}

/**
 * Pushes apart nodes whose label boxes overlap, along the axis that needs the smaller move; the
 * centre stays where it is. A fixed number of passes in key order keeps it deterministic.
 */
export function separate(
  positions: Map<string, Point>,
  centre: string,
  box: { width: number; height: number } = LABEL_BOX,
  passes = 120,
): Map<string, Point> {
  const keys = [...positions.keys()].sort();
  const at = new Map([...positions].map(([key, p]) => [key, { ...p }]));
  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = at.get(keys[i] as string) as Point;
        const b = at.get(keys[j] as string) as Point;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = box.width - Math.abs(dx);
        const overlapY = box.height - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        const alongX = overlapX / box.width < overlapY / box.height;
        const sign = (alongX ? dx : dy) >= 0 ? 1 : -1;
        const push = (alongX ? overlapX : overlapY) + 1;
        // The pinned centre does not move; otherwise both share the push.
        const shareA = keys[i] === centre ? 0 : keys[j] === centre ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (alongX) {
          a.x -= sign * push * shareA;
          b.x += sign * push * shareB;
        } else {
          a.y -= sign * push * shareA;
          b.y += sign * push * shareB;
        }
      }
    }
    if (!moved) break;
  }
  return at;
}

export type PlacedNode = GraphNode & {
  key: string;
  x: number;
  y: number;
  centre: boolean;
  onPath: boolean;
  /** radius of a person, half the side of an organisation */
  size: number;
};

export type PlacedEdge = {
  key: string;
  edge: GraphEdge;
  onPath: boolean;
  /** SVG path data, ending at the target's border so that the arrowhead shows */
  d: string;
  label: Point;
};

export type GraphPicture = {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  viewBox: { x: number; y: number; width: number; height: number };
};

/** Node positions for the picture: forces, scale, then no overlapping labels. */
export function layoutPositions(graph: RelationsGraph): Map<string, Point> {
  return separate(scaleToLabels(landscape(forcePositions(graph))), nodeKey(graph.centre));
}

/** Distance from a node's centre to its border in a direction (circle or square). */
function borderDistance(node: PlacedNode, ux: number, uy: number): number {
  if (node.type === 'person') return node.size;
  const m = Math.max(Math.abs(ux), Math.abs(uy));
  return m > 0 ? node.size / m : node.size;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The picture to draw: placed nodes (the centre and path nodes first for a sensible tab order),
 * edges as lines or, between the same two nodes, curves bent apart, and a viewBox that fits.
 */
export function drawGraph(
  graph: RelationsGraph,
  positions: ReadonlyMap<string, Point>,
  highlighted: ReadonlySet<string>,
): GraphPicture {
  const centre = nodeKey(graph.centre);
  const onPathNodes = new Set(
    graph.edges
      .filter((e) => highlighted.has(edgeKey(e)))
      .flatMap((e) => [nodeKey(e.from), nodeKey(e.to)]),
  );
  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const key = nodeKey(n);
    const p = positions.get(key) ?? { x: 0, y: 0 };
    return {
      ...n,
      key,
      x: p.x,
      y: p.y,
      centre: key === centre,
      onPath: onPathNodes.has(key),
      size: key === centre ? NODE_SIZE.centre : NODE_SIZE.other,
    };
  });
  const rank = (n: PlacedNode) => (n.centre ? 0 : n.onPath ? 1 : 2);
  nodes.sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1),
  );
  const byNode = new Map(nodes.map((n) => [n.key, n]));

  // Edges between the same pair of nodes, so that each gets its own bend.
  const pairs = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const a = nodeKey(e.from);
    const b = nodeKey(e.to);
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), e]);
  }

  const edges: PlacedEdge[] = [];
  for (const group of pairs.values()) {
    group.sort((x, y) => (edgeKey(x) < edgeKey(y) ? -1 : 1));
    group.forEach((e, i) => {
      const from = byNode.get(nodeKey(e.from));
      const to = byNode.get(nodeKey(e.to));
      if (!from || !to || from === to) return;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.hypot(dx, dy) || 1;
      const ux = dx / length;
      const uy = dy / length;
      // Bend measured against a fixed orientation of the pair, so opposite edges do not cancel.
      const flip = from.key < to.key ? 1 : -1;
      const bend = (i - (group.length - 1) / 2) * 28 * flip;
      const cx = (from.x + to.x) / 2 - uy * bend;
      const cy = (from.y + to.y) / 2 + ux * bend;
      const start = borderDistance(from, ux, uy);
      const end = borderDistance(to, ux, uy) + 3;
      const sx = from.x + ux * start;
      const sy = from.y + uy * start;
      const ex = to.x - ux * end;
      const ey = to.y - uy * end;
      const key = edgeKey(e);
      edges.push({
        key,
        edge: e,
        onPath: highlighted.has(key),
        d:
          bend === 0
            ? `M${round(sx)},${round(sy)} L${round(ex)},${round(ey)}`
            : `M${round(sx)},${round(sy)} Q${round(cx)},${round(cy)} ${round(ex)},${round(ey)}`,
        label: {
          x: round(0.25 * from.x + 0.5 * cx + 0.25 * to.x),
          y: round(0.25 * from.y + 0.5 * cy + 0.25 * to.y),
        },
      });
    });
  }
  // Path edges last: drawn on top of the others.
  edges.sort((a, b) => Number(a.onPath) - Number(b.onPath) || (a.key < b.key ? -1 : 1));

  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(...xs, 0) - MARGIN.x;
  const maxX = Math.max(...xs, 0) + MARGIN.x;
  const minY = Math.min(...ys, 0) - MARGIN.top;
  const maxY = Math.max(...ys, 0) + MARGIN.bottom;
  return {
    nodes,
    edges,
    viewBox: {
      x: round(minX),
      y: round(minY),
      width: round(maxX - minX),
      height: round(maxY - minY),
    },
  };
}
