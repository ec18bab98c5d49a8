import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  getInterestDeclaration,
  getMyConflictCases,
  getMyConflictNotifications,
  getMyInterestDeclarations,
} from '../../../api/endpoints.ts';

const MINE = ['integrity', 'mine'] as const;

export const useMyConflictCases = () =>
  useQuery({ queryKey: [...MINE, 'cases'], queryFn: getMyConflictCases });

export const useMyConflictNotifications = () =>
  useQuery({ queryKey: [...MINE, 'notifications'], queryFn: getMyConflictNotifications });

export const useMyInterestDeclarations = () =>
  useQuery({ queryKey: [...MINE, 'interest-declarations'], queryFn: getMyInterestDeclarations });

export const useInterestDeclaration = (id: string | null) =>
  useQuery({
    queryKey: [...MINE, 'interest-declaration', id],
    queryFn: () => getInterestDeclaration(id as string),
    enabled: id !== null,
  });

/** After filing anything: the cases (a notification may move one), notifications and declarations. */
export function useRefreshMine() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: MINE }), [queryClient]);
}
