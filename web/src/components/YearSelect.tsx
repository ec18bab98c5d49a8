import { NativeSelect } from '@mantine/core';

/** A year from the address, if it is one of `years`. */
export function yearFromParam(value: string, years: readonly number[]): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return years.includes(year) ? year : null;
}

/** Picks one of `years`; `allLabel` adds an "every year" choice. */
export function YearSelect({
  value,
  onChange,
  years,
  label,
  allLabel,
}: {
  value: number | null;
  onChange: (year: number | null) => void;
  years: readonly number[];
  label: string;
  allLabel?: string;
}) {
  return (
    <NativeSelect
      label={label}
      value={value === null ? '' : String(value)}
      onChange={(event) => {
        const picked = event.currentTarget.value;
        onChange(picked ? Number(picked) : null);
      }}
      data={[
        ...(allLabel ? [{ value: '', label: allLabel }] : []),
        ...years.map((year) => ({ value: String(year), label: String(year) })),
      ]}
      w={{ base: '100%', xs: 200 }}
      data-filter="year"
      data-year-select
    />
  );
}
