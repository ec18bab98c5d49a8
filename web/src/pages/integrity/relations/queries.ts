import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  getLegalEntity,
  getPerson,
  getRelationsGraph,
  type LegalEntitySort,
  type PeopleSort,
  searchLegalEntities,
  searchPeople,
} from '../../../api/endpoints.ts';
import type { GraphNodeRef, OrganisationKind } from '../../../api/types.ts';
import { type GraphParams, kindsQuery } from './graphParams.ts';

/** Everything of the relations pages: a detection run or a confirmed match refreshes it all. */
export const RELATIONS_KEY = ['relations'] as const;
export const PAGE_SIZE = 20;

export const usePeopleSearch = (p: {
  q: string;
  official?: boolean | undefined;
  sort: PeopleSort;
  page: number;
}) =>
  useQuery({
    queryKey: [...RELATIONS_KEY, 'people', p],
    queryFn: () =>
      searchPeople({
        q: p.q || undefined,
        official: p.official,
        sort: p.sort,
        page: p.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

export const useEntitySearch = (p: {
  q: string;
  kind?: OrganisationKind | undefined;
  sort: LegalEntitySort;
  page: number;
}) =>
  useQuery({
    queryKey: [...RELATIONS_KEY, 'entities', p],
    queryFn: () =>
      searchLegalEntities({
        q: p.q || undefined,
        kind: p.kind,
        sort: p.sort,
        page: p.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

export const usePerson = (id: string) =>
  useQuery({ queryKey: [...RELATIONS_KEY, 'person', id], queryFn: () => getPerson(id) });

export const useLegalEntity = (id: string) =>
  useQuery({ queryKey: [...RELATIONS_KEY, 'entity', id], queryFn: () => getLegalEntity(id) });

/** The network around a node under the filters; no request while no kind is chosen. */
export const useRelationsGraph = (centre: GraphNodeRef, p: GraphParams) =>
  useQuery({
    queryKey: [...RELATIONS_KEY, 'graph', centre, p.depth, p.kinds, p.at],
    queryFn: () =>
      getRelationsGraph({
        ...(centre.type === 'person' ? { person: centre.id } : { entity: centre.id }),
        depth: p.depth,
        kinds: kindsQuery(p.kinds),
        at: p.at || undefined,
      }),
    enabled: p.kinds.length > 0,
  });
