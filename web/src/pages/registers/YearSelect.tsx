import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { yearsToNow } from './years.ts';

/** Picks a year of the Strategy (2021 to this one); `allLabel` adds a "every year" choice. */
export function YearSelect({
  value,
  onChange,
  allLabel,
}: {
  value: number | null;
  onChange: (year: number | null) => void;
  allLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('registers.year')}
      value={value === null ? '' : String(value)}
      onChange={(event) => {
        const picked = event.currentTarget.value;
        onChange(picked ? Number(picked) : null);
      }}
      data={[
        ...(allLabel ? [{ value: '', label: allLabel }] : []),
        ...yearsToNow().map((year) => ({ value: String(year), label: String(year) })),
      ]}
      w={{ base: '100%', xs: 200 }}
      data-year-select
    />
  );
}
