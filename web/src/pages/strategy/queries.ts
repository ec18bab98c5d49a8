import { useQuery } from '@tanstack/react-query';
import {
  getAgency,
  getExecutionScores,
  getMeasureScore,
  getPlan,
  getPlanItem,
  getStrategy,
  listMeasureReports,
  listPlans,
  listReportEvidence,
  listReportingPeriods,
} from '../../api/endpoints.ts';

/** The Strategy overview; the item pages share it for their previous/next links. */
export const useStrategy = () => useQuery({ queryKey: ['strategy'], queryFn: getStrategy });

export const usePlanItem = (number: number | null) =>
  useQuery({
    queryKey: ['strategy', 'items', number],
    queryFn: () => getPlanItem(number as number),
    enabled: number !== null,
  });

/** "2" -> 2; anything that is not a plain positive number -> null (the page is then not found). */
export function parseItemNumber(param: string | undefined): number | null {
  if (!param || !/^[1-9]\d{0,2}$/.test(param)) return null;
  return Number(param);
}

/** The national rating of agencies and the scores per Plan item and direction. */
export const useExecutionScores = () =>
  useQuery({ queryKey: ['strategy', 'scores'], queryFn: getExecutionScores });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An agency id from the address, or null when it cannot be one (the page is then not found). */
export const parseAgencyId = (param: string | undefined): string | null =>
  param && UUID.test(param) ? param : null;

export const useAgency = (id: string | null) =>
  useQuery({
    queryKey: ['agencies', 'one', id],
    queryFn: () => getAgency(id as string),
    enabled: id !== null,
    staleTime: 300_000,
  });

/** An agency has a handful of plans; the largest page the API gives is plenty. */
const PLANS_PAGE = { page: 1, pageSize: 200 } as const;

export const useAgencyPlans = (agencyId: string | null) =>
  useQuery({
    queryKey: ['plans', 'of', agencyId],
    queryFn: () => listPlans({ agencyId: agencyId as string, ...PLANS_PAGE }),
    enabled: agencyId !== null,
  });

export const usePlan = (id: string) =>
  useQuery({ queryKey: ['plans', 'one', id], queryFn: () => getPlan(id) });

export const useMeasureScore = (measureId: string) =>
  useQuery({
    queryKey: ['measures', measureId, 'score'],
    queryFn: () => getMeasureScore(measureId),
  });

export const useMeasureReports = (measureId: string) =>
  useQuery({
    queryKey: ['measures', measureId, 'reports'],
    queryFn: () => listMeasureReports(measureId),
  });

export const useReportEvidence = (reportId: string) =>
  useQuery({
    queryKey: ['reports', reportId, 'evidence'],
    queryFn: () => listReportEvidence(reportId),
  });

/** Reporting periods change a few times a year: fetched once for every report on the page. */
export const useReportingPeriods = () =>
  useQuery({
    queryKey: ['reporting-periods'],
    queryFn: listReportingPeriods,
    staleTime: 300_000,
  });
