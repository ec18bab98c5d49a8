import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getIntake, getMyReportingKey } from '../../../api/reporting.ts';

/** Everything a handler's step changes: the key state, queues and reports. */
export const REPORTING_KEY = ['reporting'] as const;
/** The reporter's own view: in memory only, removed when they leave. */
export const REPORTER_VIEW_KEY = ['reporter-view'] as const;

/** Categories and file limits: the same for everyone, they change only with a new release. */
export const useIntake = () =>
  useQuery({ queryKey: ['reporting-intake'], queryFn: getIntake, staleTime: 600_000 });

export const useReportingKey = () =>
  useQuery({ queryKey: [...REPORTING_KEY, 'key'], queryFn: getMyReportingKey });

/** After a step: reload the key state, the queues and the open report. */
export function useRefreshReporting() {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: REPORTING_KEY }),
    [queryClient],
  );
}
