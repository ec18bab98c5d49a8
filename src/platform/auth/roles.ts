/** The roles of the mission (docs/mission.md "Who uses it"). An account may hold several. */
export const ROLES = [
  'public',
  'declarant',
  'officer',
  /** The head of a state body: decides the measure on conflict-of-interest notifications. */
  'agency_head',
  'verifier',
  'prosecutor',
  /** An officer of the Anti-Corruption Service: handles whistleblower reports routed to it. */
  'investigator',
  /** Guards whistleblowers' identities: approves or refuses a handler's request to see one. */
  'custodian',
  'coordinator',
  'court_admin',
  'legal_expert',
  'statistician',
  'party_treasurer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a route. 'anyone' includes callers who are not signed in; 'signed-in' is any
 * account; a list names the roles. There is no default: a route without one is refused at start.
 */
export type Access = 'anyone' | 'signed-in' | readonly Role[];

export function isAllowed(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'anyone') return true;
  if (!roles) return false;
  if (access === 'signed-in') return true;
  return roles.some((r) => access.includes(r));
}
