import './charts.css';
import { Text } from '@mantine/core';
import { Bar } from './Bar.tsx';
import { scaleMax } from './scale.ts';

export type ProgressToTargetProps = {
  /** The measured value, or null when nothing has been measured yet. */
  value: number | null;
  target: number | null;
  /** The end of the scale; by default the larger of the value and the target. */
  max?: number;
  formatValue: (value: number) => string;
  valueLabel: string;
  targetLabel: string;
  /** The target as the source words it ("up to +50%"), when plain formatting would lose that. */
  targetText?: string;
  /** Written instead of the value when there is none ("No data yet"). */
  emptyText: string;
  /** Why there is no value, written under it. */
  emptyReason?: string;
  size?: 'sm' | 'md';
};

/**
 * A measured value against its target: both written out as a small list of facts, with a
 * decorative bar that fills to the value and marks the target. Without a value the bar stays an
 * empty outline and the text says so, never a number.
 */
export function ProgressToTarget({
  value,
  target,
  max,
  formatValue,
  valueLabel,
  targetLabel,
  targetText,
  emptyText,
  emptyReason,
  size = 'md',
}: ProgressToTargetProps) {
  const top = max ?? scaleMax([value, target]);
  return (
    <div data-progress data-empty={value === null || undefined}>
      <dl className="akniet-facts">
        <dt>{valueLabel}</dt>
        <dd data-progress-value>
          {value === null ? (
            <Text span inherit c="dimmed" data-no-data>
              {emptyText}
            </Text>
          ) : (
            <Text span inherit fw={700}>
              {formatValue(value)}
            </Text>
          )}
        </dd>
        {target !== null && (
          <>
            <dt>{targetLabel}</dt>
            <dd data-progress-target>{targetText ?? formatValue(target)}</dd>
          </>
        )}
      </dl>
      <div style={{ marginTop: 6 }}>
        <Bar value={value} max={top} target={target} size={size} />
      </div>
      {value === null && emptyReason && (
        <Text size="xs" c="dimmed" mt={4} data-no-data-reason>
          {emptyReason}
        </Text>
      )}
    </div>
  );
}
