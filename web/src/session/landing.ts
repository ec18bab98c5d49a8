import type { Role } from '../api/types.ts';

/** Where a user lands after signing in: the page that fits the role. */
export function landingPath(roles: readonly Role[]): string {
  if (roles.includes('admin')) return '/admin/users';
  if (roles.includes('coordinator')) return '/work/review';
  if (roles.includes('officer')) return '/work/plans';
  if (roles.includes('verifier')) return '/work/declaration-checks';
  if (roles.includes('prosecutor')) return '/work/referrals';
  if (roles.includes('agency_head')) return '/work/conflict-notifications';
  if (roles.includes('declarant')) return '/my-declarations';
  return '/account';
}
