import { COLOURS, nodeColour } from './graphColours.ts';
import type { PlacedNode } from './graphLayout.ts';

/**
 * A person is a circle (an official with a dark ring), an organisation a rounded square; the
 * focus ring is drawn here because outlines of SVG links are unreliable across browsers.
 */
export function GraphNodeShape({
  node,
}: {
  node: Pick<PlacedNode, 'type' | 'kind' | 'official' | 'size' | 'onPath'>;
}) {
  const s = node.size;
  const fill = nodeColour(node);
  const stroke = node.onPath ? COLOURS.path : '#ffffff';
  const strokeWidth = node.onPath ? 3 : 1.5;
  return (
    <>
      {node.type === 'person' ? (
        <>
          <circle className="akniet-graph-focus" r={s + 7} />
          {node.official && (
            <circle r={s + 3.5} fill="none" stroke={COLOURS.officialRing} strokeWidth={2.5} />
          )}
          <circle r={s} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
        </>
      ) : (
        <>
          <rect
            className="akniet-graph-focus"
            x={-s - 7}
            y={-s - 7}
            width={2 * s + 14}
            height={2 * s + 14}
            rx={8}
          />
          <rect
            x={-s}
            y={-s}
            width={2 * s}
            height={2 * s}
            rx={4}
            fill={fill}
            stroke={stroke}
            strokeWidth={strokeWidth}
          />
        </>
      )}
    </>
  );
}
