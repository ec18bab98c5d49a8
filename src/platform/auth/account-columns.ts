import { agencies } from '../reference/schema.ts';
import { users } from './schema.ts';

/** What the platform shows of an account wherever it shows one (agency joined by a left join). */
export const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  agencyId: users.agencyId,
  agencyName: agencies.name,
};
