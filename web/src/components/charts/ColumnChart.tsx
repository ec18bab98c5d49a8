import './charts.css';
import { Title, type TitleOrder } from '@mantine/core';
import { useId } from 'react';
import { percentOf, scaleMax } from './scale.ts';

export type ColumnDatum = { key: string | number; label: string; value: number | null };

/**
 * A few values side by side (one per year) as columns: the value written above each column and
 * its label below, in a list that reads in order. A missing value is an outlined empty column
 * under a dash (explained under the chart; screen readers hear `emptyText`), never a zero.
 */
export function ColumnChart({
  title,
  titleOrder = 4,
  data,
  max,
  formatValue,
  emptyText,
  attributes,
}: {
  title: string;
  titleOrder?: TitleOrder;
  data: readonly ColumnDatum[];
  max?: number;
  formatValue: (value: number) => string;
  emptyText: string;
  attributes?: Record<`data-${string}`, string | number>;
}) {
  const titleId = `${useId()}-title`;
  const top = max ?? scaleMax(data.map((d) => d.value));
  return (
    <figure className="akniet-chart" aria-labelledby={titleId} {...attributes}>
      <Title order={titleOrder} id={titleId} fz="sm" mb="xs">
        {title}
      </Title>
      <ul className="akniet-columns">
        {data.map((d) => {
          const height = d.value === null ? 0 : Math.max(percentOf(d.value, top), 1);
          return (
            <li key={d.key} className="akniet-column" data-column={d.key}>
              <span className="akniet-column-label" style={{ order: 3 }}>
                {d.label}
                <span className="akniet-visually-hidden">: </span>
              </span>
              <span className="akniet-column-value" data-empty={d.value === null || undefined}>
                {d.value === null ? (
                  // A dash fits a narrow column; the words are in the key under the chart.
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="akniet-visually-hidden">{emptyText}</span>
                  </>
                ) : (
                  formatValue(d.value)
                )}
              </span>
              <svg
                viewBox="0 0 10 100"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                {d.value === null ? (
                  <rect
                    className="empty"
                    x="0.5"
                    y="70"
                    width="9"
                    height="29.5"
                    vectorEffect="non-scaling-stroke"
                  />
                ) : (
                  <rect className="fill" x="0" y={100 - height} width="10" height={height} />
                )}
              </svg>
            </li>
          );
        })}
      </ul>
      {data.some((d) => d.value === null) && (
        <p className="akniet-chart-note" aria-hidden="true">
          — {emptyText}
        </p>
      )}
    </figure>
  );
}
