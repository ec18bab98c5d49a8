import { useQuery } from '@tanstack/react-query';
import { getPlanItem, getStrategy } from '../../api/endpoints.ts';

/** The Strategy overview; the item pages share it for their previous/next links. */
export const useStrategy = () => useQuery({ queryKey: ['strategy'], queryFn: getStrategy });

export const usePlanItem = (number: number | null) =>
  useQuery({
    queryKey: ['strategy', 'items', number],
    queryFn: () => getPlanItem(number as number),
    enabled: number !== null,
  });

/** "2" -> 2; anything that is not a plain positive number -> null (the page is then not found). */
export function parseItemNumber(param: string | undefined): number | null {
  if (!param || !/^[1-9]\d{0,2}$/.test(param)) return null;
  return Number(param);
}
