import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OcdsImport } from '../../../api/types.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const COUNTS = ['read', 'created', 'updated', 'unchanged', 'refused'] as const;

/** Lines read, processes new, updated and unchanged, and lines refused, each named. */
export function ImportCounts({ item }: { item: OcdsImport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Group
      wrap="wrap"
      component="dl"
      style={{ margin: 0, rowGap: 4, columnGap: 'var(--mantine-spacing-md)' }}
      data-import-counts
    >
      {COUNTS.map((key) => (
        <Group key={key} gap={4} wrap="nowrap" data-count={key} data-value={item[key]}>
          <Text component="dt" size="xs" c="gray.7">
            {t(`procurement.imports.counts.${key}`)}:
          </Text>
          <Text
            component="dd"
            size="sm"
            fw={600}
            c={key === 'refused' && item.refused > 0 ? 'red.8' : undefined}
            style={{ margin: 0, fontVariantNumeric: 'tabular-nums' }}
          >
            {formatCount(item[key], language)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
