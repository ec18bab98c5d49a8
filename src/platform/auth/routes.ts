import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../audit/service.ts';
import { actorOf, signedInActor } from '../http/context.ts';
import { pageOf, pageQuery, sortParam } from '../http/pagination.ts';
import { localizedText } from '../i18n/language.ts';
import { checkLogin } from './login.ts';
import { ROLES } from './roles.ts';
import { createSession, endSession, SESSION_COOKIE } from './sessions.ts';
import {
  changeOwnPassword,
  createAccount,
  getAccount,
  listAccounts,
  updateAccount,
} from './users.ts';

const role = z.enum(ROLES);
const account = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  agencyId: z.string().nullable(),
  agencyName: localizedText.nullable(),
});
const adminAccount = account.extend({
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  synthetic: z.boolean(),
  createdAt: z.string(),
});
const sessionView = z.object({ user: account.nullable(), csrfToken: z.string().nullable() });

const username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash and underscore only');
const password = z.string().min(1).max(200);
const displayName = z.string().trim().min(1).max(200);
const userId = z.object({ id: z.uuid() });

/** Sign-in, sign-out, the caller's own account, and the admin's management of accounts. */
export async function accountRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.cookieSecure,
  };

  r.get(
    '/api/session',
    {
      config: { access: 'anyone' },
      schema: { tags: ['accounts'], summary: 'Who is signed in', response: { 200: sessionView } },
    },
    async (request) => {
      if (!request.auth) return { user: null, csrfToken: null };
      return {
        user: await getAccount(db, request.auth.user.id),
        csrfToken: request.auth.csrfToken,
      };
    },
  );

  r.post(
    '/api/session',
    {
      config: {
        access: 'anyone',
        // Per-address throttle on top of the per-account lockout.
        rateLimit: { max: 20, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in',
        body: z.object({ username: z.string().trim().min(1).max(64), password }),
        response: { 200: sessionView },
      },
    },
    async (request, reply) => {
      const id = await checkLogin(db, { ...request.body, ip: request.ip });
      if (request.auth) await endSession(db, request.auth.sessionId);
      const session = await createSession(db, id, app.config.sessionHours, request.ip);
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieOptions,
        expires: session.expiresAt,
      });
      return { user: await getAccount(db, id), csrfToken: session.csrfToken };
    },
  );

  r.delete(
    '/api/session',
    { config: { access: 'signed-in' }, schema: { tags: ['accounts'], summary: 'Sign out' } },
    async (request, reply) => {
      const auth = request.auth!;
      await endSession(db, auth.sessionId);
      await recordAuditNow(db, actorOf(request), {
        action: 'logout',
        entityType: 'user',
        entityId: auth.user.id,
      });
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/account/password',
    {
      config: { access: 'signed-in', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['accounts'],
        summary: 'Change my password',
        body: z.object({ currentPassword: password, newPassword: password }),
      },
    },
    async (request, reply) => {
      await changeOwnPassword(db, signedInActor(request), {
        ...request.body,
        keepSessionId: request.auth!.sessionId,
        hooks: request.server.passwordChangedHooks,
      });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/admin/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Accounts, searched, sorted and paged',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          sort: sortParam(['username', 'displayName', 'createdAt'] as const),
          ...pageQuery,
        }),
        response: { 200: pageOf(adminAccount) },
      },
    },
    async (request) => {
      const page = await listAccounts(db, request.query);
      await recordAuditNow(db, actorOf(request), {
        action: 'user.list_read',
        entityType: 'user',
        details: { query: request.query, returned: page.items.map((u) => u.id) },
      });
      return page;
    },
  );

  r.get(
    '/api/admin/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'One account',
        params: userId,
        response: { 200: adminAccount },
      },
    },
    async (request) => {
      const found = await getAccount(db, request.params.id);
      await recordAuditNow(db, actorOf(request), {
        action: 'user.read',
        entityType: 'user',
        entityId: found.id,
      });
      return found;
    },
  );

  r.post(
    '/api/admin/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Create an account',
        body: z.object({
          username,
          displayName,
          password,
          roles: z.array(role).max(ROLES.length),
          agencyId: z.uuid().nullable().default(null),
        }),
        response: { 201: adminAccount },
      },
    },
    async (request, reply) => {
      const created = await createAccount(db, actorOf(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.patch(
    '/api/admin/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Change an account: name, roles, agency, active, password reset',
        params: userId,
        body: z
          .object({
            displayName: displayName.optional(),
            roles: z.array(role).max(ROLES.length).optional(),
            agencyId: z.uuid().nullable().optional(),
            active: z.boolean().optional(),
            password: password.optional(),
          })
          .strict(),
        response: { 200: adminAccount },
      },
    },
    async (request) => updateAccount(db, actorOf(request), request.params.id, request.body),
  );
}
