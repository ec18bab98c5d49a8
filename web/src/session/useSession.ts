import { useQuery } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client.ts';
import { getSession } from '../api/endpoints.ts';
import type { Role, Session, User } from '../api/types.ts';
import { SESSION_KEY } from './keys.ts';

async function loadSession(): Promise<Session> {
  const session = await getSession();
  setCsrfToken(session.csrfToken);
  return session;
}

export type SessionState = { loading: boolean; user: User | null; roles: readonly Role[] };

/** Who is signed in (null for a visitor); loaded once, refreshed after sign-in and sign-out. */
export function useSession(): SessionState {
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: Infinity });
  const user = query.data?.user ?? null;
  return { loading: query.isPending, user, roles: user?.roles ?? [] };
}
