import type { ReactNode } from 'react';

/** Lets a wide table scroll sideways on narrow screens without the page scrolling; keyboard-reachable. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable for keyboard users
    <section className="akniet-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
