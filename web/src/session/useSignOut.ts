import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client.ts';
import { signOut } from '../api/endpoints.ts';
import type { Session } from '../api/types.ts';
import { SESSION_KEY } from './keys.ts';

const KEEP = new Set(['health', 'session', 'opendata']);

/** Ends the session and forgets every cached answer that belonged to it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      setCsrfToken(null);
      queryClient.setQueryData<Session>(SESSION_KEY, { user: null, csrfToken: null });
      queryClient.removeQueries({ predicate: (q) => !KEEP.has(String(q.queryKey[0])) });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
}
