import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  getPublishedDeclaration,
  getPublishedHistory,
  searchPublishedDeclarations,
} from '../../../api/endpoints.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address, if it can be one (anything else is "not found" without asking). */
export const parseDeclarationId = (param: string | undefined): string | null =>
  param && UUID.test(param) ? param : null;

export type PublishedSearch = {
  q: string;
  year: number | null;
  agencyId: string | null;
  sort: string;
  page: number;
  pageSize: number;
};

export const usePublishedDeclarations = (search: PublishedSearch) =>
  useQuery({
    queryKey: ['declarations', 'public', 'search', search],
    queryFn: () =>
      searchPublishedDeclarations({
        q: search.q || undefined,
        year: search.year ?? undefined,
        agencyId: search.agencyId ?? undefined,
        sort: search.sort,
        page: search.page,
        pageSize: search.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

export const usePublishedDeclaration = (id: string | null) =>
  useQuery({
    queryKey: ['declarations', 'public', 'one', id],
    queryFn: () => getPublishedDeclaration(id as string),
    enabled: id !== null,
  });

export const usePublishedHistory = (declarantId: string | undefined) =>
  useQuery({
    queryKey: ['declarations', 'public', 'history', declarantId],
    queryFn: () => getPublishedHistory(declarantId as string),
    enabled: declarantId !== undefined,
  });
