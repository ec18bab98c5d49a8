import { describe, expect, it } from 'vitest';
import type {
  ConflictFindingSummary,
  GraphEdge,
  PathStep,
  RelationsGraph,
} from '../../web/src/api/types.ts';
import {
  drawGraph,
  LABEL_BOX,
  landscape,
  layoutPositions,
  separate,
} from '../../web/src/pages/integrity/relations/graphLayout.ts';
import {
  edgeKey,
  hopsFromCentre,
  onlyPath,
  pathEdgeKeys,
  withPaths,
} from '../../web/src/pages/integrity/relations/graphModel.ts';
import {
  EDGE_KINDS,
  graphSearch,
  readGraphParams,
  stepShown,
} from '../../web/src/pages/integrity/relations/graphParams.ts';
import { labelLines } from '../../web/src/pages/integrity/relations/labelLines.ts';
import { pathChain } from '../../web/src/pages/integrity/relations/pathChain.ts';
import { nextZoom } from '../../web/src/pages/integrity/relations/zoom.ts';

const official = { type: 'person' as const, id: 'p-official' };
const spouse = { type: 'person' as const, id: 'p-spouse' };
const company = { type: 'organisation' as const, id: 'o-company' };
const ministry = { type: 'organisation' as const, id: 'o-ministry' };
const friend = { type: 'person' as const, id: 'p-friend' };

const edges: GraphEdge[] = [
  {
    id: 'r-spouse',
    edge: 'relation',
    kind: 'family',
    degree: 'spouse',
    from: official,
    to: spouse,
    source: 'declaration',
    sourceRef: '2024',
  },
  {
    id: 'r-director',
    edge: 'relation',
    kind: 'director',
    from: spouse,
    to: company,
    source: 'registry',
    sourceRef: 'SYN-1',
  },
  {
    id: 'r-founder',
    edge: 'relation',
    kind: 'founder',
    sharePercent: 100,
    from: spouse,
    to: company,
    source: 'registry',
    sourceRef: 'SYN-1',
  },
  {
    id: 'r-job',
    edge: 'relation',
    kind: 'employment',
    role: 'Head of department',
    from: official,
    to: ministry,
    source: 'appointment',
    sourceRef: 'order 12',
  },
  {
    id: 'd-contract',
    edge: 'dealing',
    kind: 'contract',
    from: ministry,
    to: company,
    title: 'Office supplies',
    amountTyiyn: 123_400_000,
    date: '2024-05-02',
    source: 'procurement',
    sourceRef: 'ocds-1',
  },
  {
    id: 'r-friend',
    edge: 'relation',
    kind: 'friendship',
    from: official,
    to: friend,
    source: 'interest_declaration',
    sourceRef: 'i-1',
  },
];

const graph: RelationsGraph = {
  centre: official,
  nodes: [
    { ...official, name: 'Official', official: true },
    { ...spouse, name: 'Spouse' },
    { ...company, name: 'Company LLC', kind: 'company' },
    { ...ministry, name: 'Ministry of Finance', kind: 'state_body' },
    { ...friend, name: 'Friend' },
  ],
  edges,
  findings: [],
  truncated: false,
};

const step = (edge: GraphEdge, names: [string, string]): PathStep => ({
  from: { ...edge.from, name: names[0] },
  to: { ...edge.to, name: names[1] },
  kind: edge.kind,
  edgeId: edge.id,
  edge: edge.edge,
  source: edge.source,
  sourceRef: edge.sourceRef,
});

const finding: ConflictFindingSummary = {
  id: 'f-1',
  rule: 'agency_deals_with_related_party',
  severity: 'high',
  state: 'open',
  path: [
    step(edges[0] as GraphEdge, ['Official', 'Spouse']),
    step(edges[1] as GraphEdge, ['Spouse', 'Company LLC']),
    step(edges[4] as GraphEdge, ['Ministry of Finance', 'Company LLC']),
  ],
};

describe('the relations graph view', () => {
  it('highlights the path of the selected finding, or of all when none is selected', () => {
    const other: ConflictFindingSummary = {
      ...finding,
      id: 'f-2',
      path: [step(edges[3] as GraphEdge, ['Official', 'Ministry of Finance'])],
    };
    expect([...pathEdgeKeys([finding, other], 'f-1')].sort()).toEqual([
      'dealing:d-contract',
      'relation:r-director',
      'relation:r-spouse',
    ]);
    expect(pathEdgeKeys([finding, other], null).size).toBe(4);
    expect(pathEdgeKeys([finding], 'missing').size).toBe(0);
  });

  it('adds a path that leaves the loaded neighbourhood, and keeps only the path on request', () => {
    const familyOnly: RelationsGraph = {
      ...graph,
      nodes: graph.nodes.filter((n) => n.type === 'person'),
      edges: edges.filter((e) => e.kind === 'family' || e.kind === 'friendship'),
    };
    const whole = withPaths(familyOnly, [finding]);
    expect(whole.edges.map(edgeKey).sort()).toEqual([
      'dealing:d-contract',
      'relation:r-director',
      'relation:r-friend',
      'relation:r-spouse',
    ]);
    expect(whole.nodes.find((n) => n.id === 'o-ministry')?.name).toBe('Ministry of Finance');
    // Nothing to add: the same object back (cheap for React's memo).
    expect(withPaths(graph, [finding])).toBe(graph);

    const path = onlyPath(graph, pathEdgeKeys([finding]));
    expect(path.nodes.map((n) => n.id).sort()).toEqual([
      'o-company',
      'o-ministry',
      'p-official',
      'p-spouse',
    ]);
    expect(path.edges).toHaveLength(3);
  });

  it('counts hops from the centre in either direction', () => {
    const hops = hopsFromCentre(graph);
    expect(hops.get('person:p-official')).toBe(0);
    expect(hops.get('person:p-spouse')).toBe(1);
    expect(hops.get('organisation:o-ministry')).toBe(1);
    expect(hops.get('organisation:o-company')).toBe(2);
  });

  it('lays the same network out the same way, whatever order the server lists it in', () => {
    const first = layoutPositions(graph);
    const shuffled = layoutPositions({
      ...graph,
      nodes: [...graph.nodes].reverse(),
      edges: [...graph.edges].reverse(),
    });
    expect([...shuffled].sort()).toEqual([...first].sort());
    expect(first.get('person:p-official')).toEqual({ x: 0, y: 0 });
    for (const p of first.values()) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it('keeps labels from overlapping and the centre in place', () => {
    const crowded = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1, y: 0 }],
      ['c', { x: 0, y: 1 }],
      ['d', { x: 1, y: 1 }],
    ]);
    const apart = separate(crowded, 'a');
    expect(apart.get('a')).toEqual({ x: 0, y: 0 });
    const points = [...apart.values()];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const p = points[i] as { x: number; y: number };
        const q = points[j] as { x: number; y: number };
        const clear =
          Math.abs(p.x - q.x) >= LABEL_BOX.width - 0.01 ||
          Math.abs(p.y - q.y) >= LABEL_BOX.height - 0.01;
        expect(clear).toBe(true);
      }
    }
  });

  it('draws path edges on top, bends parallel edges apart and fits the viewBox', () => {
    const positions = layoutPositions(graph);
    const picture = drawGraph(graph, positions, pathEdgeKeys([finding]));
    expect(picture.nodes[0]?.centre).toBe(true);
    expect(
      picture.nodes
        .filter((n) => n.onPath)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['o-company', 'o-ministry', 'p-official', 'p-spouse']);
    const onPath = picture.edges.filter((e) => e.onPath).map((e) => e.key);
    expect(onPath.sort()).toEqual([
      'dealing:d-contract',
      'relation:r-director',
      'relation:r-spouse',
    ]);
    expect(picture.edges.slice(-3).every((e) => e.onPath)).toBe(true);
    // Director and founder join the same two nodes: one straight, one curved would overlap; both bend.
    const parallel = picture.edges.filter(
      (e) => e.key === 'relation:r-director' || e.key === 'relation:r-founder',
    );
    expect(parallel.every((e) => e.d.includes('Q'))).toBe(true);
    expect(parallel[0]?.d).not.toEqual(parallel[1]?.d);
    const { x, y, width, height } = picture.viewBox;
    for (const n of picture.nodes) {
      expect(n.x).toBeGreaterThan(x);
      expect(n.x).toBeLessThan(x + width);
      expect(n.y).toBeGreaterThan(y);
      expect(n.y).toBeLessThan(y + height);
    }
  });

  it('draws a lone person without relations', () => {
    const alone: RelationsGraph = { ...graph, nodes: [graph.nodes[0]!], edges: [] };
    const picture = drawGraph(alone, layoutPositions(alone), new Set());
    expect(picture.nodes).toHaveLength(1);
    expect(picture.edges).toHaveLength(0);
    expect(picture.viewBox.width).toBeGreaterThan(0);
  });

  it('turns a tall layout on its side', () => {
    const tall = new Map([
      ['a', { x: 0, y: -300 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 0, y: 300 }],
    ]);
    const wide = [...landscape(tall).values()];
    const spread = (axis: 'x' | 'y') =>
      Math.max(...wide.map((p) => p[axis])) - Math.min(...wide.map((p) => p[axis]));
    expect(spread('x')).toBeGreaterThan(spread('y'));
    expect(spread('x')).toBeCloseTo(600, 0);
  });
});

describe('a finding read as a chain', () => {
  it('follows the path whichever way its steps point, official first', () => {
    const parts = pathChain(finding.path);
    const text = parts.map((p) =>
      p.kind === 'node' ? p.name : p.kind === 'link' ? `-${p.step.kind}-` : '...',
    );
    expect(text).toEqual([
      'Official',
      '-family-',
      'Spouse',
      '-director-',
      'Company LLC',
      '-contract-',
      'Ministry of Finance',
    ]);
  });

  it('shows a gap where two steps do not join', () => {
    const broken = [finding.path[0]!, finding.path[2]!];
    const parts = pathChain(broken).map((p) => p.kind);
    expect(parts).toEqual(['node', 'link', 'node', 'gap', 'node', 'link', 'node']);
  });
});

describe('the graph filters in the address', () => {
  it('reads defaults, known kinds only, and writes back only what differs', () => {
    const defaults = readGraphParams(new URLSearchParams(''));
    expect(defaults).toEqual({
      kinds: [...EDGE_KINDS],
      depth: 2,
      at: '',
      finding: '',
      onlyPath: false,
    });
    expect(graphSearch(defaults)).toEqual({
      kinds: null,
      depth: null,
      at: null,
      finding: null,
      only: null,
    });
    const read = readGraphParams(
      new URLSearchParams('kinds=contract,nonsense,family&depth=7&at=2024-13&finding=f&only=path'),
    );
    expect(read.kinds).toEqual(['family', 'contract']);
    expect(read.depth).toBe(2);
    expect(read.at).toBe('');
    expect(graphSearch(read)).toMatchObject({
      kinds: 'family,contract',
      finding: 'f',
      only: 'path',
    });
    // No kind chosen is kept as such (the page explains), not read back as "all".
    expect(readGraphParams(new URLSearchParams('kinds=')).kinds).toEqual([]);
  });

  it('keeps a path step out when its kind or dates are filtered out', () => {
    const spouse = finding.path[0]!;
    const contract = { ...finding.path[2]!, date: '2024-05-02' };
    const all = { kinds: [...EDGE_KINDS], at: '' };
    expect(stepShown(spouse, all)).toBe(true);
    expect(stepShown(contract, { ...all, kinds: ['family'] })).toBe(false);
    expect(stepShown(contract, { ...all, at: '2024-01-01' })).toBe(false);
    expect(stepShown(contract, { ...all, at: '2024-06-01' })).toBe(true);
    const ended = { ...spouse, validFrom: '2010-01-01', validUntil: '2015-01-01' };
    expect(stepShown(ended, { ...all, at: '2020-01-01' })).toBe(false);
    expect(stepShown(ended, { ...all, at: '2012-01-01' })).toBe(true);
  });

  it('zooms in steps from whatever scale is shown', () => {
    expect(nextZoom(0.4, 1)).toBe(0.5);
    expect(nextZoom(0.4, -1)).toBe(0.5);
    expect(nextZoom(1, 1)).toBe(1.5);
    expect(nextZoom(1, -1)).toBe(0.75);
    expect(nextZoom(2, 1)).toBe(2);
  });

  it('writes a long name on two lines, cut between whole words', () => {
    expect(labelLines('Демо декларант')).toEqual({ lines: ['Демо декларант'], cut: false });
    expect(labelLines('Кыргыз Республикасынын Финансы министрлиги')).toEqual({
      lines: ['Кыргыз Республикасынын', 'Финансы министрлиги'],
      cut: false,
    });
    const long = labelLines('Кыргыз Республикасынын Судьяларын тандоо боюнча кеңеш');
    expect(long.cut).toBe(true);
    expect(long.lines).toEqual(['Кыргыз Республикасынын', 'Судьяларын тандоо']);
    // Every word shown is a whole word of the name (the accessible name must contain the text).
    const words = new Set('Кыргыз Республикасынын Судьяларын тандоо боюнча кеңеш'.split(' '));
    expect(
      long.lines
        .join(' ')
        .split(' ')
        .every((w) => words.has(w)),
    ).toBe(true);
  });
});
