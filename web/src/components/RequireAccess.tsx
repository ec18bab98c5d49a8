import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { type Access, mayOpen } from '../navigation.ts';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';
import { useSession } from '../session/useSession.ts';
import { Loading } from './Loading.tsx';

/** Sends visitors to sign in and shows users without the role a refusal. */
export function RequireAccess({ access, children }: { access: Access; children: ReactNode }) {
  const { loading, user, roles } = useSession();
  const location = useLocation();
  if (access === 'anyone') return children;
  if (loading) return <Loading />;
  if (!user) {
    return (
      <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />
    );
  }
  if (!mayOpen(access, roles)) return <ForbiddenPage />;
  return children;
}
