import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.ts';
import { localizedText } from '../i18n/language.ts';
import { listNotifications, markAllRead, markRead } from './service.ts';

const notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: localizedText,
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const tags = ['notifications'];

  r.get(
    '/api/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'My notifications, newest first, with the count of unread ones',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional(), ...pageQuery }),
        response: { 200: pageOf(notification).extend({ unread: z.number() }) },
      },
    },
    async (request) =>
      listNotifications(db, request.auth!.user.id, {
        ...request.query,
        unread: request.query.unread === 'true',
      }),
  );

  r.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      await markRead(db, request.auth!.user.id, request.params.id);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/notifications/read-all',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Mark all my notifications read' },
    },
    async (request, reply) => {
      await markAllRead(db, request.auth!.user.id);
      return reply.status(204).send();
    },
  );
}
