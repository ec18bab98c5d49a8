import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  type BarredSort,
  checkBarredEntity,
  getBarredEntity,
  searchBarredEntities,
} from '../../api/endpoints.ts';
import type { BarRestriction, BarState } from '../../api/types.ts';

export type BarredSearch = {
  q: string;
  state: BarState | null;
  restriction: BarRestriction | null;
  sort: BarredSort;
  page: number;
  pageSize: number;
};

export const useBarredEntities = (s: BarredSearch) =>
  useQuery({
    queryKey: ['barred', 'list', s],
    queryFn: () =>
      searchBarredEntities({
        q: s.q || undefined,
        state: s.state ?? undefined,
        restriction: s.restriction ?? undefined,
        sort: s.sort,
        page: s.page,
        pageSize: s.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

export const useBarredEntity = (id: string | null) =>
  useQuery({
    queryKey: ['barred', 'entry', id],
    queryFn: () => getBarredEntity(id as string),
    enabled: id !== null,
  });

/** Today's bars of one entity; asked only once an identifier is submitted. */
export const useBarCheck = (identifier: string | null) =>
  useQuery({
    queryKey: ['barred', 'check', identifier],
    queryFn: () => checkBarredEntity({ identifier: identifier as string }),
    enabled: identifier !== null,
  });

/** After a bar is recorded or lifted: every list, entry and check answer may have changed. */
export function useRefreshBarred() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['barred'] }), [queryClient]);
}
