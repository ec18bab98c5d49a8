import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getIndicator, listIndicators } from '../../../api/endpoints.ts';

export type IndicatorFilter = { item?: number; q?: string; page: number; pageSize: number };

/** A page of the Plan's indicators; the previous page stays on screen while the next loads. */
export const useIndicators = (filter: IndicatorFilter) =>
  useQuery({
    queryKey: ['indicators', 'list', filter],
    queryFn: () => listIndicators(filter),
    placeholderData: keepPreviousData,
  });

/** One indicator with its values by year, fetched when the reader asks for them. */
export const useIndicatorHistory = (code: string, enabled: boolean) =>
  useQuery({
    queryKey: ['indicators', 'one', code],
    queryFn: () => getIndicator(code),
    enabled,
  });
