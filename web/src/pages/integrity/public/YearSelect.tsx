import { useTranslation } from 'react-i18next';
import { YearSelect as AnyYearSelect, yearFromParam } from '../../../components/YearSelect.tsx';

/** The Law on Conflict of Interest is of 12 December 2017: notifications under it start in 2018. */
const FIRST_YEAR = 2018;

export const notificationYears = (): number[] => {
  const last = new Date().getFullYear();
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, k) => last - k);
};

/** A year from the address, if notifications can exist for it. */
export const parseYear = (value: string) => yearFromParam(value, notificationYears());

/** Picks the year a notification was filed in, or every year. */
export function YearSelect(props: {
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <AnyYearSelect
      {...props}
      years={notificationYears()}
      label={t('publicConflicts.notifications.year')}
      allLabel={t('publicConflicts.notifications.allYears')}
    />
  );
}
