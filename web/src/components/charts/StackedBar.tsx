import './charts.css';
import { Title, type TitleOrder } from '@mantine/core';
import { useId } from 'react';

export type StackedSegment = {
  key: string;
  label: string;
  value: number;
  /** A Mantine colour with shade, e.g. "green.7". */
  color: string;
};

const cssColor = (color: string) => {
  const [name, shade] = color.split('.');
  return `var(--mantine-color-${name}-${shade ?? 6})`;
};

/**
 * Parts of a whole (measures by status) as one bar cut into coloured segments, with a legend
 * that writes every part's count; the bar itself is decorative. Segments are separated by white
 * gaps so that neighbours stay apart in greyscale print.
 */
export function StackedBar({
  title,
  titleOrder = 3,
  segments,
  formatValue,
  emptyText,
  attributes,
}: {
  title: string;
  titleOrder?: TitleOrder;
  segments: readonly StackedSegment[];
  formatValue: (value: number) => string;
  /** Written instead of the bar when every part is zero. */
  emptyText: string;
  attributes?: Record<`data-${string}`, string | number>;
}) {
  const titleId = `${useId()}-title`;
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
  let x = 0;
  const drawn = segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const width = (s.value / total) * 100;
      const rect = { ...s, x, width };
      x += width;
      return rect;
    });

  return (
    <figure className="akniet-chart" aria-labelledby={titleId} {...attributes}>
      <Title order={titleOrder} id={titleId} fz={{ base: 17, sm: 19 }} mb="sm" lh={1.35}>
        {title}
      </Title>
      {total === 0 ? (
        <p className="akniet-chart-note">{emptyText}</p>
      ) : (
        <svg
          className="akniet-bar"
          style={{ height: 22 }}
          viewBox="0 0 100 10"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {drawn.map((s) => (
            <rect
              key={s.key}
              x={s.x}
              width={s.width}
              height="10"
              style={{ fill: cssColor(s.color) }}
              stroke="white"
              strokeWidth="2"
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
      )}
      <ul className="akniet-legend">
        {segments.map((s) => (
          <li key={s.key} data-segment={s.key} data-count-value={s.value}>
            <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <rect width="12" height="12" rx="2" style={{ fill: cssColor(s.color) }} />
            </svg>
            <span>{s.label}</span>
            <span data-count>{formatValue(s.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
