import { type MouseEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNodeRef, RelationsGraph } from '../../../api/types.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { GraphNodeShape } from './GraphNodeShape.tsx';
import { GraphZoom } from './GraphZoom.tsx';
import { COLOURS } from './graphColours.ts';
import { drawGraph, layoutPositions, type PlacedNode } from './graphLayout.ts';
import { labelLines } from './labelLines.ts';
import { edgeShortLabel, nodeKindLabel, nodePath } from './labels.ts';
import { nextZoom } from './zoom.ts';

/** Above this many edges only the highlighted ones keep a label: the table has them all. */
const LABEL_ALL_EDGES_UP_TO = 60;

/**
 * The network around a person or organisation as SVG drawn here, not with Sigma.js as the
 * architecture names it: a WebGL canvas is neither keyboard- nor screen-reader-accessible, and an
 * ego network here has at most 300 nodes, which SVG draws easily. Each node is a link (Tab to it,
 * Enter opens its page, which re-centres the graph); the edges table beside it says the same in
 * words. The layout runs once per graph (useMemo), seeded and with fixed iterations.
 */
export function GraphView({
  graph,
  highlighted,
  centreName,
  onOpen,
  focusCentre,
}: {
  graph: RelationsGraph;
  highlighted: ReadonlySet<string>;
  centreName: string;
  onOpen: (node: GraphNodeRef) => void;
  /** Move the keyboard focus to the centre once drawn (after Enter re-centred the graph). */
  focusCentre?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const positions = useMemo(() => layoutPositions(graph), [graph]);
  const picture = useMemo(
    () => drawGraph(graph, positions, highlighted),
    [graph, positions, highlighted],
  );
  const markerId = `akniet-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // React types an <a> as HTML even inside SVG; focus() is the same on both.
  const centreRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focusCentre) centreRef.current?.focus();
  }, [focusCentre]);
  // null: fitted to the width (never below a readable size on a phone; the box then scrolls).
  const [zoom, setZoom] = useState<number | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  // When the picture is wider than its box (a phone, or zoomed in), start with the centre in view.
  const centreNode = picture.nodes.find((node) => node.centre);
  useEffect(() => {
    const box = boxRef.current;
    const svg = box?.querySelector('svg');
    if (!box || !svg || !centreNode) return;
    const scale = zoom ?? svg.clientWidth / picture.viewBox.width;
    box.scrollLeft = (centreNode.x - picture.viewBox.x) * scale - box.clientWidth / 2;
    box.scrollTop = (centreNode.y - picture.viewBox.y) * scale - box.clientHeight / 2;
  }, [centreNode, picture.viewBox, zoom]);

  const labelEdges = picture.edges.length <= LABEL_ALL_EDGES_UP_TO;
  const { x, y, width, height } = picture.viewBox;
  const n = 'relations.graph' as const;

  const describe = (node: PlacedNode) =>
    [
      node.name,
      nodeKindLabel(t, node),
      node.centre ? t(`${n}.centre`) : '',
      node.onPath ? t(`${n}.onPath`) : '',
    ]
      .filter(Boolean)
      .join(', ');

  const open = (event: MouseEvent, node: PlacedNode) => {
    // A plain click (or Enter) stays in the app; modified clicks open a new tab as links do.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(node);
  };

  return (
    <>
      <GraphZoom
        fitted={zoom === null}
        onFit={() => setZoom(null)}
        onZoom={(direction) => {
          const shown = zoom ?? (boxRef.current?.clientWidth ?? width) / width;
          setZoom(nextZoom(shown, direction));
        }}
      />
      <div className="akniet-graph" data-graph ref={boxRef}>
        <svg
          viewBox={`${x} ${y} ${width} ${height}`}
          style={
            zoom === null
              ? {
                  width: '100%',
                  // A small network is not blown up past a little over its own size.
                  maxWidth: width * 1.2,
                  minWidth: Math.min(width, 640),
                  margin: '0 auto',
                  aspectRatio: `${width} / ${height}`,
                }
              : { width: width * zoom, aspectRatio: `${width} / ${height}` }
          }
          data-zoom={zoom ?? 'fit'}
        >
          <title>
            {t(`${n}.pictureLabel`, {
              name: centreName,
              nodes: picture.nodes.length,
              edges: picture.edges.length,
            })}
          </title>
          <defs>
            {(['edge', 'path'] as const).map((kind) => (
              <marker
                key={kind}
                id={`${markerId}-${kind}`}
                viewBox="0 0 10 10"
                refX={9}
                refY={5}
                markerWidth={kind === 'path' ? 4 : 7}
                markerHeight={kind === 'path' ? 4 : 7}
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" fill={COLOURS[kind]} />
              </marker>
            ))}
          </defs>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: lines and their labels hold nothing focusable; the table says them in words */}
          <g aria-hidden="true">
            {picture.edges.map((e) => (
              <path
                key={e.key}
                d={e.d}
                fill="none"
                stroke={e.onPath ? COLOURS.path : COLOURS.edge}
                strokeWidth={e.onPath ? 4.5 : 1.5}
                strokeDasharray={e.edge.edge === 'dealing' && !e.onPath ? '6 4' : undefined}
                markerEnd={`url(#${markerId}-${e.onPath ? 'path' : 'edge'})`}
                data-edge={e.key}
                data-edge-kind={e.edge.kind}
                data-on-path={e.onPath || undefined}
              />
            ))}
            {picture.edges
              .filter((e) => labelEdges || e.onPath)
              .map((e) => (
                <text
                  key={e.key}
                  x={e.label.x}
                  y={e.label.y}
                  dy="0.35em"
                  textAnchor="middle"
                  className="akniet-graph-edge-label"
                  fill={e.onPath ? COLOURS.path : '#495057'}
                  fontWeight={e.onPath ? 700 : 400}
                >
                  {edgeShortLabel(t, e.edge, language)}
                </text>
              ))}
          </g>
          {picture.nodes.map((node) => (
            <a
              key={node.key}
              ref={node.centre ? centreRef : undefined}
              href={nodePath(node)}
              onClick={(event) => open(event, node)}
              aria-label={describe(node)}
              aria-current={node.centre ? 'page' : undefined}
              className="akniet-graph-node"
              data-node={node.key}
              data-node-name={node.name}
              data-centre={node.centre || undefined}
              data-on-path={node.onPath || undefined}
            >
              <title>{node.name}</title>
              <g transform={`translate(${node.x},${node.y})`}>
                <GraphNodeShape node={node} />
                <NodeLabel name={node.name} y={node.size + 15} bold={node.centre || node.onPath} />
              </g>
            </a>
          ))}
        </svg>
      </div>
    </>
  );
}

/** The name under a node on up to two lines; a cut name ends in an ellipsis hidden from readers. */
function NodeLabel({ name, y, bold }: { name: string; y: number; bold: boolean }) {
  const { lines, cut } = labelLines(name);
  return (
    <text
      y={y}
      textAnchor="middle"
      className="akniet-graph-node-label"
      fontWeight={bold ? 700 : 400}
    >
      {lines.map((line, i) => (
        <tspan key={line} x={0} dy={i === 0 ? 0 : '1.2em'}>
          {/* The space keeps the lines apart in the text that readers and checks see. */}
          {i < lines.length - 1 ? `${line} ` : line}
          {cut && i === lines.length - 1 && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a tspan is never focusable; the full name is the link's label
            <tspan aria-hidden="true">…</tspan>
          )}
        </tspan>
      ))}
    </text>
  );
}
