import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isAllowed } from '../auth/roles.ts';
import { findSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { pickLanguage } from '../i18n/language.ts';
import { AppError } from './errors.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes outside /api are the web app's static files and the API docs: public by nature. */
const isPublicSurface = (url: string) => !url.startsWith('/api/') || url.startsWith('/api/docs');

/**
 * Deny by default: a /api route that does not declare who may call it fails the server start.
 * Each request then gets its language and session, and is refused (401/403) when its caller's
 * roles are not in the route's list. Unsafe methods from a session also need its CSRF token.
 */
export const accessControl = fp(async (app: FastifyInstance) => {
  app.decorate('routeTable', []);
  app.decorateRequest('auth', null);
  app.decorateRequest('lang', 'ky');

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let access = route.config?.access;
    if (!access) {
      if (!isPublicSurface(route.url)) {
        throw new Error(`Route ${methods.join(',')} ${route.url} does not declare its access`);
      }
      access = 'anyone';
    }
    for (const method of methods) {
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.lang = pickLanguage({
      query: request.query,
      cookie: request.cookies.akniet_lang,
      acceptLanguage: request.headers['accept-language'],
    });
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.auth = await findSession(app.database.db, token);

    const access = request.routeOptions.config?.access ?? 'anyone';
    if (!isAllowed(access, request.auth?.user.roles ?? null)) {
      throw new AppError(request.auth ? 403 : 401, request.auth ? 'forbidden' : 'unauthenticated');
    }
    if (request.auth && UNSAFE.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (sent !== request.auth.csrfToken) throw new AppError(403, 'csrf_failed');
    }
  });
});
