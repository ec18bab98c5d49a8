import type { SessionUser } from '../../../platform/auth/sessions.ts';
import { AppError } from '../../../platform/http/errors.ts';

/** Coordinators and admins keep plans for any agency; an officer only for their own. */
export function assertMayKeepPlansOf(user: SessionUser, agencyId: string): void {
  if (user.roles.includes('coordinator') || user.roles.includes('admin')) return;
  if (user.roles.includes('officer') && user.agencyId === agencyId) return;
  throw new AppError(403, 'forbidden', { reason: 'outside_agency_scope' });
}

/** Who sees unpublished report versions: the measure's agency officers and the coordinators. */
export function maySeeUnpublished(user: SessionUser | undefined, agencyId: string): boolean {
  if (!user) return false;
  if (user.roles.includes('coordinator') || user.roles.includes('admin')) return true;
  return user.roles.includes('officer') && user.agencyId === agencyId;
}
