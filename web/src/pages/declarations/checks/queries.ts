import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getDeclarationUnderCheck, listDeclarationYears } from '../../../api/endpoints.ts';

/** Everything a full-check step changes: the queue, the declaration, the referrals. */
export const CHECKS_KEY = ['declaration-checks'] as const;
export const underCheckKey = (id: string) => [...CHECKS_KEY, 'declaration', id] as const;

/** The filing campaigns (years and deadlines): they change a few times a year. */
export const useDeclarationYears = () =>
  useQuery({
    queryKey: ['declaration-years'],
    queryFn: listDeclarationYears,
    staleTime: 5 * 60_000,
  });

export const useDeclarationUnderCheck = (id: string) =>
  useQuery({ queryKey: underCheckKey(id), queryFn: () => getDeclarationUnderCheck(id) });

/** After a step of the check: reload the declaration, the queue and the referrals. */
export function useRefreshChecks() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: CHECKS_KEY }), [queryClient]);
}
