import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** Says plainly that what the page shows is made up for the demonstration, not real people. */
export function SyntheticNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert
      color="orange"
      variant="light"
      title={title}
      // The orange title on its pale tint is too faint to read (WCAG AA); near-black is not.
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      data-synthetic-notice
    >
      {children}
    </Alert>
  );
}
