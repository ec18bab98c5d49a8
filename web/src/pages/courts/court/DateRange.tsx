import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Day } from '../../../api/types.ts';

/** Two calendar days bounding what a tab shows; either may be left empty. */
export function DateRange({
  from,
  to,
  onChange,
}: {
  from: Day | '';
  to: Day | '';
  onChange: (key: 'from' | 'to', value: Day | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="wrap" align="flex-end" w={{ base: '100%', xs: 'auto' }}>
      <TextInput
        type="date"
        label={t('courts.from')}
        value={from}
        max={to || undefined}
        onChange={(e) => onChange('from', e.currentTarget.value || null)}
        w={{ base: '100%', xs: 180 }}
        data-range="from"
      />
      <TextInput
        type="date"
        label={t('courts.to')}
        value={to}
        min={from || undefined}
        onChange={(e) => onChange('to', e.currentTarget.value || null)}
        w={{ base: '100%', xs: 180 }}
        data-range="to"
      />
    </Group>
  );
}
