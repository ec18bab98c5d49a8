import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Zoom out, zoom in, and back to the whole network fitted to the width. */
export function GraphZoom({
  fitted,
  onZoom,
  onFit,
}: {
  fitted: boolean;
  onZoom: (direction: 1 | -1) => void;
  onFit: () => void;
}) {
  const { t } = useTranslation();
  const n = 'relations.graph' as const;
  return (
    <Group gap={4} role="group" aria-label={t(`${n}.zoom`)} mb={4} justify="flex-end">
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => onZoom(-1)}
        aria-label={t(`${n}.zoomOut`)}
      >
        −
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => onZoom(1)}
        aria-label={t(`${n}.zoomIn`)}
      >
        +
      </Button>
      <Button size="compact-sm" variant="default" onClick={onFit} disabled={fitted}>
        {t(`${n}.fit`)}
      </Button>
    </Group>
  );
}
