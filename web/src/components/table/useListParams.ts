import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Search text, filters, sort and page of a list, kept in the address so that a list can be
 * bookmarked, shared and revisited with the back button.
 */
export function useListParams(defaults: { sort: string }) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const update = useCallback(
    (changes: Record<string, string | number | null>, resetPage: boolean) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (resetPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return {
    q: params.get('q') ?? '',
    page,
    sort: params.get('sort') ?? defaults.sort,
    filter: (key: string) => params.get(key) ?? '',
    setQ: useCallback((q: string) => update({ q }, true), [update]),
    setFilter: useCallback(
      (key: string, value: string | null) => update({ [key]: value }, true),
      [update],
    ),
    setSort: useCallback((sort: string) => update({ sort }, true), [update]),
    setPage: useCallback((p: number) => update({ page: p === 1 ? null : p }, false), [update]),
  };
}
