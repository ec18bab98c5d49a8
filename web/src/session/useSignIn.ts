import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client.ts';
import { signIn } from '../api/endpoints.ts';
import { SESSION_KEY } from './keys.ts';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      signIn(username, password),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}
