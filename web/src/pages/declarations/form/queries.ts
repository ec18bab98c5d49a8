import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getMyDeclaration, getMyDeclarations } from '../../../api/endpoints.ts';

export const MINE_KEY = ['declarations', 'mine'] as const;
export const declarationKey = (id: string) => ['declarations', 'mine', id] as const;

export const useMyDeclarations = () => useQuery({ queryKey: MINE_KEY, queryFn: getMyDeclarations });

/**
 * One of the declarant's declarations. Not refetched on focus: the open form holds the draft as
 * typed, and a background refetch must not look like a change under the declarant's hands.
 */
export const useMyDeclaration = (id: string | null) =>
  useQuery({
    queryKey: declarationKey(id ?? ''),
    queryFn: () => getMyDeclaration(id as string),
    enabled: id !== null,
    refetchOnWindowFocus: false,
  });

/** After a submission, a corrective opening or an answer: the list of years and the declaration. */
export function useRefreshDeclarations() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: MINE_KEY }), [queryClient]);
}
