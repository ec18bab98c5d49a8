import { Progress } from '@mantine/core';

/**
 * A score out of 100 as a bar. Decorative: the score is always written beside it as text, so the
 * bar is hidden from screen readers and carries no progressbar role.
 */
export function ScoreBar({
  score,
  size = 'sm',
}: {
  score: number | null;
  size?: 'xs' | 'sm' | 'md';
}) {
  return (
    <Progress.Root aria-hidden="true" size={size} flex={1} miw={48} bg="gray.2">
      <Progress.Section
        value={Math.max(0, Math.min(100, score ?? 0))}
        withAria={false}
        color="blue.7"
      />
    </Progress.Root>
  );
}
