import { AppError } from '../http/errors.ts';
import type { Role } from './roles.ts';
import type { SessionUser } from './sessions.ts';

/** Which agencies' records a caller may see: all of them, or only their own agency's. */
export type AgencyScope = { kind: 'all' } | { kind: 'agency'; agencyId: string } | { kind: 'none' };

/**
 * Scoping to an agency: callers holding one of the national roles of a module see every agency;
 * everyone else sees only the agency their account belongs to, and an account with no agency
 * sees none. Modules pass their own national roles (coordinators see every plan; a verifier of
 * the tax service sees every declaration).
 */
export function agencyScope(
  user: SessionUser,
  nationalRoles: readonly Role[] = ['admin', 'coordinator'],
): AgencyScope {
  if (user.roles.some((r) => nationalRoles.includes(r))) return { kind: 'all' };
  return user.agencyId ? { kind: 'agency', agencyId: user.agencyId } : { kind: 'none' };
}

export function inScope(scope: AgencyScope, agencyId: string | null): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'agency' && scope.agencyId === agencyId;
}

/** Refuses (403) a record of another agency. */
export function assertInScope(scope: AgencyScope, agencyId: string | null): void {
  if (!inScope(scope, agencyId))
    throw new AppError(403, 'forbidden', { reason: 'outside_agency_scope' });
}
