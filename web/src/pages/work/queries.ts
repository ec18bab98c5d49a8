import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getMeasure, getReport } from '../../api/endpoints.ts';
import type { User } from '../../api/types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address, or null when it cannot be one (the page is then not found). */
export const parseId = (param: string | undefined): string | null =>
  param && UUID.test(param) ? param : null;

export const useMeasure = (id: string | null) =>
  useQuery({
    queryKey: ['measures', id, 'one'],
    queryFn: () => getMeasure(id as string),
    enabled: id !== null,
  });

export const useReport = (id: string | null) =>
  useQuery({
    queryKey: ['reports', id, 'one'],
    queryFn: () => getReport(id as string),
    enabled: id !== null,
  });

/** Coordinators and admins work with every agency; everyone else with their own. */
export const isNational = (user: User | null) =>
  !!user && (user.roles.includes('coordinator') || user.roles.includes('admin'));

/** The server's rule for plans and measures: coordinators and admins for any agency, an officer for their own. */
export const mayKeepPlansOf = (user: User | null, agencyId: string) =>
  isNational(user) || (!!user && user.roles.includes('officer') && user.agencyId === agencyId);

/**
 * After a report changes: its measure's history, the review lists, the report itself and the
 * scores (a verified or published report moves the rating).
 */
export function useRefreshReports() {
  const queryClient = useQueryClient();
  return useCallback(
    (measureId: string) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['measures', measureId] }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
        queryClient.invalidateQueries({ queryKey: ['strategy', 'scores'] }),
      ]),
    [queryClient],
  );
}
