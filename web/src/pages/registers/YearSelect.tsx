import { useTranslation } from 'react-i18next';
import { YearSelect as AnyYearSelect } from '../../components/YearSelect.tsx';
import { yearsToNow } from './years.ts';

/** Picks a year of the Strategy (2021 to this one); `allLabel` adds a "every year" choice. */
export function YearSelect(props: {
  value: number | null;
  onChange: (year: number | null) => void;
  allLabel?: string;
}) {
  const { t } = useTranslation();
  return <AnyYearSelect {...props} years={yearsToNow()} label={t('registers.year')} />;
}
