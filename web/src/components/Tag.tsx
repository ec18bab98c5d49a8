import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type TagColor = 'gray' | 'green' | 'blue' | 'red' | 'orange';

const styles = {
  root: { height: 'auto', minHeight: 20, paddingBlock: 2, maxWidth: 'none' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;

/**
 * A small status label: near-black text on a pale tint of its colour (AA contrast), wrapping
 * instead of cutting long role names.
 */
export function Tag({ color, children }: { color: TagColor; children: ReactNode }) {
  return (
    <Badge variant="light" color={color} c="gray.9" tt="none" fw={600} radius="sm" styles={styles}>
      {children}
    </Badge>
  );
}
