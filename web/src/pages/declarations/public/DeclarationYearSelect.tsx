import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Declarations are filed for years since the Strategy began; the year in progress has none yet. */
const FIRST_YEAR = 2020;

export const declarationYears = (): number[] => {
  const last = new Date().getFullYear() - 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, k) => last - k);
};

/** A year from the address, if declarations can exist for it. */
export function parseDeclarationYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return declarationYears().includes(year) ? year : null;
}

/** Picks a declaration year, or every year. */
export function DeclarationYearSelect({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('publicDeclarations.year')}
      value={value === null ? '' : String(value)}
      onChange={(event) => {
        const picked = event.currentTarget.value;
        onChange(picked ? Number(picked) : null);
      }}
      data={[
        { value: '', label: t('publicDeclarations.allYears') },
        ...declarationYears().map((year) => ({ value: String(year), label: String(year) })),
      ]}
      w={{ base: '100%', xs: 200 }}
      data-filter="year"
    />
  );
}
