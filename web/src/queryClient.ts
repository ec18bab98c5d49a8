import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/ApiError.ts';
import { SESSION_KEY } from './session/keys.ts';

/** On 401 anywhere but the session itself, the session has ended: reload it so guards react. */
function onError(error: unknown): void {
  if (isApiError(error) && error.status === 401 && error.code !== 'invalid_credentials') {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
    },
  },
});
