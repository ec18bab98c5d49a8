import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { HANDLER_ROLES } from '../config/categories.ts';
import { wipe } from '../crypto/envelope.ts';
import { keyStatus, openKey, recoverKey, setUpKey } from '../keys/handler-keys.ts';
import { closeKeySession, openKeySession } from '../keys/key-sessions.ts';
import { isUnlocked, KEY_COOKIE, KEY_COOKIE_PATH } from '../work/handler-key.ts';

const tags = ['reporting'];
/** Everyone who holds a reporting key: the handlers and the custodians. */
export const KEY_HOLDERS: readonly Role[] = [...HANDLER_ROLES, 'custodian'];
/** A handler's key stays unlocked this long at most (and never beyond the sign-in session). */
const UNLOCK_MINUTES = 8 * 60;
const password = z.string().min(1).max(200);

export async function reportingKeyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const cookie = {
    path: KEY_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.cookieSecure,
  };

  r.get(
    '/api/reporting/keys/me',
    {
      config: { access: KEY_HOLDERS },
      schema: { tags, summary: 'My reporting key: set up? unlocked?' },
    },
    async (request) => {
      const key = await keyStatus(db, request.auth!.user.id);
      return {
        hasKey: key !== null,
        unlocked: key !== null && (await isUnlocked(db, request)),
        createdAt: key?.createdAt ?? null,
      };
    },
  );

  r.post(
    '/api/reporting/keys',
    {
      config: { access: KEY_HOLDERS, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Set up my reporting key (answers the recovery code once)',
        body: z.object({ password }),
      },
    },
    async (request, reply) => {
      const actor = signedInActor(request);
      const recoveryCode = await setUpKey(db, actor.id, request.body.password);
      await recordAuditNow(db, actor, {
        action: 'reporting_key.created',
        entityType: 'user',
        entityId: actor.id,
      });
      return reply.status(201).send({ recoveryCode });
    },
  );

  r.post(
    '/api/reporting/keys/unlock',
    {
      config: { access: KEY_HOLDERS, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Unlock my reporting key with my password',
        body: z.object({ password }),
      },
    },
    async (request, reply) => {
      const actor = signedInActor(request);
      const pair = await openKey(db, actor.id, request.body.password);
      const minutes = Math.min(UNLOCK_MINUTES, app.config.sessionHours * 60);
      const session = await openKeySession(
        db,
        { kind: 'handler', userId: actor.id },
        pair,
        minutes,
      );
      wipe(pair.secretKey);
      await recordAuditNow(db, actor, {
        action: 'reporting_key.unlocked',
        entityType: 'user',
        entityId: actor.id,
      });
      reply.setCookie(KEY_COOKIE, session.token, { ...cookie, expires: session.expiresAt });
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/reporting/keys/lock',
    { config: { access: KEY_HOLDERS }, schema: { tags, summary: 'Lock my reporting key' } },
    async (request, reply) => {
      await closeKeySession(db, request.cookies[KEY_COOKIE]);
      reply.clearCookie(KEY_COOKIE, cookie);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/reporting/keys/recover',
    {
      config: { access: KEY_HOLDERS, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Recover my key after a password reset: recovery code + current password; answers a new recovery code',
        body: z.object({ recoveryCode: z.string().max(100), password }),
      },
    },
    async (request) => {
      const actor = signedInActor(request);
      const recoveryCode = await recoverKey(db, actor.id, request.body);
      await recordAuditNow(db, actor, {
        action: 'reporting_key.recovered',
        entityType: 'user',
        entityId: actor.id,
      });
      return { recoveryCode };
    },
  );
}
