import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import {
  getBudgetExecution,
  getReportingTimeliness,
  listCouncilMeetings,
  listPublicCouncils,
} from '../../api/endpoints.ts';
import { COORDINATORS, mayOpen } from '../../navigation.ts';
import { useSession } from '../../session/useSession.ts';

/** Every query of the registers starts with this key. */
const ROOT = 'registers';

export const useCouncilMeetings = (filter: { year?: number; page: number; pageSize: number }) =>
  useQuery({
    queryKey: [ROOT, 'meetings', filter],
    queryFn: () => listCouncilMeetings(filter),
    placeholderData: keepPreviousData,
  });

export const usePublicCouncils = (filter: { page: number; pageSize: number }) =>
  useQuery({
    queryKey: [ROOT, 'councils', filter],
    queryFn: () => listPublicCouncils(filter),
    placeholderData: keepPreviousData,
  });

export const useReportingTimeliness = (year: number) =>
  useQuery({
    queryKey: [ROOT, 'timeliness', year],
    queryFn: () => getReportingTimeliness(year),
    placeholderData: keepPreviousData,
  });

export const useBudgetExecution = (year: number) =>
  useQuery({
    queryKey: [ROOT, 'budget', year],
    queryFn: () => getBudgetExecution(year),
    placeholderData: keepPreviousData,
  });

/** After a change to a register: it, and the Plan indicators computed from it. */
export async function refreshRegister(client: QueryClient, register: 'meetings' | 'councils') {
  await client.invalidateQueries({ queryKey: [ROOT, register] });
  await client.invalidateQueries({ queryKey: ['indicators'] });
}

/** Coordinators and admins keep the registers (the API's rule); everyone reads them. */
export function useMayKeepRegisters(): boolean {
  return mayOpen(COORDINATORS, useSession().roles);
}
