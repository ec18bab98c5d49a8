import type { Role } from '../api/types.ts';

/** Where a user lands after signing in: the page that fits the role. */
export function landingPath(roles: readonly Role[]): string {
  if (roles.includes('admin')) return '/admin/users';
  return '/account';
}
