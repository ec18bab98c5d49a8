import type { Actor } from '../audit/service.ts';
import type { Access } from '../auth/roles.ts';
import type { ActiveSession } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Language } from '../i18n/language.ts';
import type { Worker } from '../jobs/worker.ts';

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; required on every /api route (deny by default). */
    access?: Access;
  }
  interface FastifyRequest {
    /** The signed-in session, or null for an anonymous caller. */
    auth: ActiveSession | null;
    lang: Language;
  }
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** Every route with the access it declared: what the access table test walks. */
    routeTable: RouteAccess[];
    /** The process's job worker; null where jobs are run by hand (tests, CLI). */
    jobWorker: Worker | null;
    /** Strategy indicators the modules measure from their own data, by key. */
    computedIndicators: import('../computed-indicators.ts').ComputedIndicators;
    /** What the modules do when an account changes its own password. */
    passwordChangedHooks: readonly import('../module.ts').PasswordChangedHook[];
  }
}

/** The audit actor behind a request. */
export function actorOf(request: import('fastify').FastifyRequest): Actor {
  const user = request.auth?.user;
  return { id: user?.id ?? null, name: user?.username ?? 'anonymous', ip: request.ip };
}

/** The actor of a route that requires a signed-in caller. */
export function signedInActor(request: import('fastify').FastifyRequest): Actor & { id: string } {
  const user = request.auth?.user;
  if (!user) throw new Error('signedInActor on a route without a session');
  return { id: user.id, name: user.username, ip: request.ip };
}
