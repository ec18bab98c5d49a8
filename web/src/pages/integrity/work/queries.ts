import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getConflictCase, getConflictFinding } from '../../../api/endpoints.ts';

/** Everything a step on a conflict changes: findings, cases, notifications, matches. */
export const CONFLICTS_KEY = ['conflicts'] as const;
export const findingKey = (id: string) => [...CONFLICTS_KEY, 'finding', id] as const;
export const caseKey = (id: string) => [...CONFLICTS_KEY, 'case', id] as const;

export const useConflictFinding = (id: string | null) =>
  useQuery({
    queryKey: findingKey(id ?? ''),
    queryFn: () => getConflictFinding(id as string),
    enabled: id !== null,
  });

export const useConflictCase = (id: string) =>
  useQuery({ queryKey: caseKey(id), queryFn: () => getConflictCase(id) });

/** After a step: reload the queue, the case and the lists that show it. */
export function useRefreshConflicts() {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: CONFLICTS_KEY }),
    [queryClient],
  );
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
