import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  type CourtRange,
  getCourt,
  getCourtCase,
  getCourtStatistics,
  listCourtAlerts,
  listCourtAllocations,
  listCourtCases,
  listCourtDays,
  listCourts,
} from '../../api/endpoints.ts';
import type { CaseStatus, CourtAlertKind, CourtAllocationSort } from '../../api/types.ts';

export const useCourts = () => useQuery({ queryKey: ['courts', 'list'], queryFn: listCourts });

export const useCourt = (code: string | undefined) =>
  useQuery({
    queryKey: ['courts', 'court', code],
    queryFn: () => getCourt(code as string),
    enabled: Boolean(code),
  });

export type AllocationSearch = CourtRange & {
  q?: string;
  judge?: string;
  sort: CourtAllocationSort;
  page: number;
  pageSize: number;
};

export const useAllocations = (code: string, search: AllocationSearch) =>
  useQuery({
    queryKey: ['courts', 'allocations', code, search],
    queryFn: () => listCourtAllocations(code, search),
    placeholderData: keepPreviousData,
  });

export const useStatistics = (code: string, range: CourtRange) =>
  useQuery({
    queryKey: ['courts', 'statistics', code, range],
    queryFn: () => getCourtStatistics(code, range),
    placeholderData: keepPreviousData,
  });

export const useAlerts = (
  code: string,
  search: { kind?: CourtAlertKind; page: number; pageSize: number },
) =>
  useQuery({
    queryKey: ['courts', 'alerts', code, search],
    queryFn: () => listCourtAlerts(code, search),
    placeholderData: keepPreviousData,
  });

export const useDays = (range: CourtRange) =>
  useQuery({
    queryKey: ['courts', 'days', range],
    queryFn: () => listCourtDays(range),
    placeholderData: keepPreviousData,
  });

export const useCases = (
  code: string,
  search: { q?: string; status?: CaseStatus; page: number; pageSize: number },
) =>
  useQuery({
    queryKey: ['courts', 'cases', code, search],
    queryFn: () => listCourtCases(code, search),
    placeholderData: keepPreviousData,
  });

export const useCourtCase = (id: string | undefined) =>
  useQuery({
    queryKey: ['courts', 'case', id],
    queryFn: () => getCourtCase(id as string),
    enabled: Boolean(id),
  });

/** After a registration, a recusal, a judge's change or new rules: every court page may change. */
export function useRefreshCourts() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['courts'] }), [queryClient]);
}
