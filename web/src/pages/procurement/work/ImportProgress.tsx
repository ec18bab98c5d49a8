import { Group, Loader, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OcdsImport } from '../../../api/types.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

/**
 * How far a queued or running import has got: a progress bar over the bytes read when the size
 * is known (a file), otherwise the lines read so far (an endpoint that does not say its size).
 */
export function ImportProgress({ item }: { item: OcdsImport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (item.state !== 'queued' && item.state !== 'running') return null;
  const label = t('procurement.imports.progress', { source: item.source });
  if (item.progress === null) {
    return (
      <Group gap="xs" data-import-progress="">
        <Loader size="xs" aria-hidden="true" />
        <Text size="xs" c="gray.7">
          {t('procurement.imports.progressUnknown', { count: formatCount(item.read, language) })}
        </Text>
      </Group>
    );
  }
  const percent = Math.round(item.progress * 100);
  return (
    <Group gap="xs" wrap="nowrap" data-import-progress={percent}>
      <Progress value={percent} aria-label={label} size="lg" style={{ flex: 1, minWidth: 80 }} />
      <Text size="xs" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {percent}%
      </Text>
    </Group>
  );
}
