import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../platform/auth/roles.ts';

/** The signed-in caller as the conflicts workflow sees them: who, with which roles, of which agency. */
export interface IntegrityViewer {
  userId: string;
  roles: readonly Role[];
  /** The agency an agency head heads; null for accounts without one. */
  agencyId: string | null;
}

export function integrityViewer(request: FastifyRequest): IntegrityViewer {
  const user = request.auth?.user;
  if (!user) throw new Error('integrityViewer on a route without a session');
  return { userId: user.id, roles: user.roles, agencyId: user.agencyId };
}

/** Verifiers and the prosecutor see every case; heads see their agency's; declarants their own. */
export const seesEverything = (viewer: IntegrityViewer) =>
  viewer.roles.includes('verifier') || viewer.roles.includes('prosecutor');

export const headOf = (viewer: IntegrityViewer, agencyId: string) =>
  viewer.roles.includes('agency_head') && viewer.agencyId !== null && viewer.agencyId === agencyId;
