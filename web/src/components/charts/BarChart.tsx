import './charts.css';
import { Anchor, Button, Title, type TitleOrder } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { Link } from 'react-router';
import { Bar } from './Bar.tsx';

export type BarDatum = {
  key: string | number;
  label: string;
  /** null: nothing measured yet (drawn as an empty outline, written as `emptyText`). */
  value: number | null;
  /** Written instead of the formatted value (or of the chart's `emptyText`). */
  valueText?: string;
  /** The details behind this bar: an app path, or "#id" for a place on the same page. */
  href?: string;
  /** A second, smaller line under the label (a goal, a full name). */
  detail?: string;
  /** A line under the bar (counts behind the value). */
  meta?: string;
  /** Where a target sits on the same scale, drawn as a mark across the bar. */
  target?: number | null;
  /** Extra attributes for the row, such as data-* hooks for tests. */
  attributes?: Record<`data-${string}`, string | number>;
};

export type BarChartProps = {
  title: string;
  titleOrder?: TitleOrder;
  /** The title's id, for a section around the chart to be labelled by it. */
  titleId?: string;
  data: readonly BarDatum[];
  /** The end of the scale every bar is drawn against (100 for scores). */
  max: number;
  formatValue: (value: number) => string;
  /** What a screen reader hears before each value ("Score"). */
  valueLabel: string;
  /** Read after each value for its scale ("out of 100"). */
  valueSuffix?: string;
  /** Written instead of a value when there is none ("No data yet"). */
  emptyText: string;
  /** A sentence under the chart: what the bars show and what is left out. */
  note?: ReactNode;
  /** Show only the first N rows until the reader asks for all. */
  limit?: number;
  showAllText?: (count: number) => string;
  showFewerText?: string;
  attributes?: Record<`data-${string}`, string | number>;
};

/**
 * A horizontal bar chart as a titled list: each row is a label (a link when it has a page), a
 * decorative bar and the value written out, so the list itself is the accessible alternative.
 * No animation; the rows past `limit` are hidden on screen until "show all", and always printed.
 */
export function BarChart({
  title,
  titleOrder = 3,
  titleId: givenTitleId,
  data,
  max,
  formatValue,
  valueLabel,
  valueSuffix,
  emptyText,
  note,
  limit,
  showAllText,
  showFewerText,
  attributes,
}: BarChartProps) {
  const id = useId();
  const titleId = givenTitleId ?? `${id}-title`;
  const listId = `${id}-list`;
  const [expanded, setExpanded] = useState(false);
  const collapsible = limit !== undefined && data.length > limit;
  const collapsed = collapsible && !expanded;

  return (
    <figure
      className="akniet-chart"
      aria-labelledby={titleId}
      data-collapsed={collapsed || undefined}
      {...attributes}
    >
      <Title order={titleOrder} id={titleId} fz={{ base: 17, sm: 19 }} mb="sm" lh={1.35}>
        {title}
      </Title>
      <ul className="akniet-bars" id={listId}>
        {data.map((datum, index) => (
          <li
            key={datum.key}
            className={
              collapsible && index >= (limit ?? 0)
                ? 'akniet-bar-row akniet-chart-extra'
                : 'akniet-bar-row'
            }
            {...datum.attributes}
          >
            <div className="akniet-bar-label">
              {datum.href?.startsWith('#') ? (
                <Anchor href={datum.href} fw={600} data-bar-link>
                  {datum.label}
                </Anchor>
              ) : datum.href ? (
                <Anchor component={Link} to={datum.href} fw={600} data-bar-link>
                  {datum.label}
                </Anchor>
              ) : (
                <span style={{ fontWeight: 600 }}>{datum.label}</span>
              )}
              {datum.detail && <span className="akniet-bar-detail">{datum.detail}</span>}
            </div>
            {datum.value === null ? (
              // Nothing measured: an outlined empty box that says so across bar and value.
              <div className="akniet-bar-value akniet-bar-none" data-empty>
                <span className="akniet-visually-hidden">{valueLabel}: </span>
                {datum.valueText ?? emptyText}
              </div>
            ) : (
              <>
                <div className="akniet-bar-track">
                  <Bar value={datum.value} max={max} target={datum.target} />
                </div>
                <div className="akniet-bar-value" data-value={datum.value}>
                  <span className="akniet-visually-hidden">{valueLabel}: </span>
                  {datum.valueText ?? formatValue(datum.value)}
                  {valueSuffix && <span className="akniet-visually-hidden"> {valueSuffix}</span>}
                </div>
              </>
            )}
            {datum.meta && <div className="akniet-bar-meta">{datum.meta}</div>}
          </li>
        ))}
      </ul>
      {collapsible && showAllText && showFewerText && (
        <Button
          className="akniet-chart-toggle"
          variant="subtle"
          size="compact-sm"
          mt="xs"
          px={4}
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((open) => !open)}
          data-chart-toggle
        >
          {expanded ? showFewerText : showAllText(data.length)}
        </Button>
      )}
      {note && <figcaption className="akniet-chart-note">{note}</figcaption>}
    </figure>
  );
}
