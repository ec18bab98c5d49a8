import { percentOf } from './scale.ts';

/**
 * One horizontal bar: a track, the value's share of it, and an optional target mark. Decorative
 * (aria-hidden): whoever uses it writes the value beside it as text. A missing value draws an
 * outlined empty track, so that "no data" never looks like zero.
 */
export function Bar({
  value,
  max,
  target,
  size = 'md',
}: {
  value: number | null;
  max: number;
  target?: number | null;
  size?: 'sm' | 'md';
}) {
  const width = value === null ? 0 : percentOf(value, max);
  const mark = target === null || target === undefined ? null : percentOf(target, max);
  return (
    <svg
      className={size === 'sm' ? 'akniet-bar akniet-bar-sm' : 'akniet-bar'}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {value === null ? (
        <rect
          className="empty"
          x="0.5"
          y="0.5"
          width="99"
          height="9"
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <>
          <rect className="track" width="100" height="10" />
          <rect className="fill" width={width} height="10" />
        </>
      )}
      {mark !== null && (
        <line
          className="target"
          x1={mark}
          x2={mark}
          y1="-2"
          y2="12"
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
