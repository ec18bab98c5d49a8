import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../filing/access.ts';

/** The signed-in caller as the declaration rules see them. */
export function viewerOf(request: FastifyRequest): Viewer {
  const user = request.auth?.user;
  if (!user) throw new Error('viewerOf on a route without a session');
  return { userId: user.id, roles: user.roles };
}
