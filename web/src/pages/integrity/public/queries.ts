import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  getOpenData,
  getStateOrganisation,
  searchPublishedConflictNotifications,
  searchStateOrganisations,
} from '../../../api/endpoints.ts';
import type { StateRegisterKind } from '../../../api/types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address, if it can be one (anything else is "not found" without asking). */
export const parseId = (param: string | undefined): string | null =>
  param && UUID.test(param) ? param : null;

export type NotificationSearch = {
  search: string;
  year: number | null;
  sort: string;
  page: number;
  pageSize: number;
};

export const usePublishedConflictNotifications = (s: NotificationSearch) =>
  useQuery({
    queryKey: ['integrity', 'public', 'notifications', s],
    queryFn: () =>
      searchPublishedConflictNotifications({
        search: s.search || undefined,
        year: s.year ?? undefined,
        sort: s.sort,
        page: s.page,
        pageSize: s.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

export type OrganisationSearch = {
  search: string;
  register: StateRegisterKind | null;
  sort: string;
  page: number;
  pageSize: number;
};

export const useStateOrganisations = (s: OrganisationSearch) =>
  useQuery({
    queryKey: ['integrity', 'public', 'state-organisations', s],
    queryFn: () =>
      searchStateOrganisations({
        search: s.search || undefined,
        register: s.register ?? undefined,
        sort: s.sort,
        page: s.page,
        pageSize: s.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

export const useStateOrganisation = (id: string | null) =>
  useQuery({
    queryKey: ['integrity', 'public', 'state-organisation', id],
    queryFn: () => getStateOrganisation(id as string),
    enabled: id !== null,
  });

/** The open data catalogue (the open data page asks the same). */
export const useOpenDataCatalogue = () =>
  useQuery({ queryKey: ['opendata'], queryFn: getOpenData });
