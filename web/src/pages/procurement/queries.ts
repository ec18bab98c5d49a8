import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  getBuyerProfile,
  getOcdsImport,
  getProcurementDashboard,
  getSupplierProfile,
  getTender,
  listConcerns,
  listOcdsImports,
  searchTenders,
  type TenderSearch,
} from '../../api/endpoints.ts';
import type { OcdsImport, ProcurementDimension } from '../../api/types.ts';

export const useTenders = (search: TenderSearch & { page: number; pageSize: number }) =>
  useQuery({
    queryKey: ['procurement', 'tenders', search],
    queryFn: () => searchTenders(search),
    placeholderData: keepPreviousData,
  });

export const useTender = (ocid: string | undefined) =>
  useQuery({
    queryKey: ['procurement', 'tender', ocid],
    queryFn: () => getTender(ocid as string),
    enabled: Boolean(ocid),
  });

export const useBuyer = (id: string | undefined) =>
  useQuery({
    queryKey: ['procurement', 'buyer', id],
    queryFn: () => getBuyerProfile(id as string),
    enabled: Boolean(id),
  });

export const useSupplier = (id: string | undefined) =>
  useQuery({
    queryKey: ['procurement', 'supplier', id],
    queryFn: () => getSupplierProfile(id as string),
    enabled: Boolean(id),
  });

export const useDashboard = (by: ProcurementDimension, year: number | null) =>
  useQuery({
    queryKey: ['procurement', 'dashboard', by, year],
    queryFn: () => getProcurementDashboard({ by, year: year ?? undefined }),
    placeholderData: keepPreviousData,
  });

export const useConcerns = (state: 'open' | 'answered' | 'all', page: number, pageSize: number) =>
  useQuery({
    queryKey: ['procurement', 'concerns', state, page],
    queryFn: () => listConcerns({ state, page, pageSize }),
    placeholderData: keepPreviousData,
  });

const busy = (state: OcdsImport['state'] | undefined) => state === 'queued' || state === 'running';
/** While an import is queued or running the pages ask again every 2 seconds. */
const POLL_MS = 2000;

export const useOcdsImports = (page: number, pageSize: number) =>
  useQuery({
    queryKey: ['procurement', 'imports', page],
    queryFn: () => listOcdsImports({ page, pageSize }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((i) => busy(i.state)) ? POLL_MS : false,
  });

export const useOcdsImport = (id: string | null) =>
  useQuery({
    queryKey: ['procurement', 'import', id],
    queryFn: () => getOcdsImport(id as string),
    enabled: id !== null,
    refetchInterval: (query) => (busy(query.state.data?.state) ? POLL_MS : false),
  });

/** After a remark, an answer or an import: every procurement page may show something new. */
export function useRefreshProcurement() {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: ['procurement'] }),
    [queryClient],
  );
}
