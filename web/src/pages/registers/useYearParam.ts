import { useListParams } from '../../components/table/useListParams.ts';
import { defaultYear, parseYear } from './years.ts';

/** The year a yearly register shows and its column sort, both kept in the address. */
export function useYearParam(defaultSort: string) {
  const list = useListParams({ sort: defaultSort });
  const year = parseYear(list.filter('year')) ?? defaultYear();
  return {
    year,
    setYear: (y: number | null) => list.setFilter('year', y === null ? null : String(y)),
    sort: list.sort,
    setSort: list.setSort,
  };
}
