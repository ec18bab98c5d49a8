import { useTranslation } from 'react-i18next';
import { YearSelect, yearFromParam } from '../../../components/YearSelect.tsx';

/** Declarations are filed for years since the Strategy began; the year in progress has none yet. */
const FIRST_YEAR = 2020;

export const declarationYears = (): number[] => {
  const last = new Date().getFullYear() - 1;
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, k) => last - k);
};

/** A year from the address, if declarations can exist for it. */
export const parseDeclarationYear = (value: string) => yearFromParam(value, declarationYears());

/** Picks a declaration year, or every year. */
export function DeclarationYearSelect(props: {
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <YearSelect
      {...props}
      years={declarationYears()}
      label={t('publicDeclarations.year')}
      allLabel={t('publicDeclarations.allYears')}
    />
  );
}
