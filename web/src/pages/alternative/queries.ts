import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import {
  getAlongside,
  listAlternativeReports,
  listOrganisations,
  myOrganisations,
} from '../../api/endpoints.ts';
import { useSession } from '../../session/useSession.ts';

/** Every query of this feature starts with this key, so one filing refreshes them all. */
const ROOT = 'alternative';

export const useAlongside = (measureId: string) =>
  useQuery({
    queryKey: [ROOT, 'alongside', measureId],
    queryFn: () => getAlongside(measureId),
  });

export type ReportFilter = {
  q?: string;
  itemNumber?: number;
  organisationId?: string;
  page: number;
  pageSize: number;
};

export const useAlternativeReports = (filter: ReportFilter) =>
  useQuery({
    queryKey: [ROOT, 'reports', filter],
    queryFn: () => listAlternativeReports(filter),
    placeholderData: keepPreviousData,
  });

/** Registered organisations for the filter: a few dozen at most, the largest page is plenty. */
export const useOrganisationOptions = () =>
  useQuery({
    queryKey: [ROOT, 'organisations', 'options'],
    queryFn: () => listOrganisations({ page: 1, pageSize: 200 }),
    staleTime: 300_000,
  });

/**
 * The organisations the signed-in account may file for. Only 'public' accounts can be members,
 * so no one else asks; an empty list means "not a member" and hides the filing buttons.
 */
export function useMyOrganisations() {
  const { user, roles } = useSession();
  const mayBeMember = !!user && roles.includes('public');
  const query = useQuery({
    queryKey: [ROOT, 'mine', user?.id ?? null],
    queryFn: myOrganisations,
    enabled: mayBeMember,
    staleTime: 300_000,
  });
  return mayBeMember ? (query.data?.items ?? []) : [];
}

/** After a filing, or a change of organisations or members. */
export const refreshAlternative = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: [ROOT] });
