import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageOf, pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { integrityViewer } from '../cases/viewer.ts';
import { decideNotification, MEASURES } from '../notifications/decide.ts';
import { fileNotification } from '../notifications/file.ts';
import {
  myNotifications,
  NOTIFICATION_STATES,
  type NotificationSort,
  notificationsToDecide,
} from '../notifications/lists.ts';
import { type PublishedSort, searchPublishedNotifications } from '../notifications/published.ts';

const tags = ['integrity'];
const byId = z.object({ id: z.uuid() });
const text = (max: number) => z.string().trim().min(1).max(max);
const localizedName = z.object({ ky: z.string(), ru: z.string(), en: z.string() });

const decisionBody = z
  .object({
    measure: z.enum(MEASURES),
    measureText: z.string().trim().max(5000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.measure === 'other' && !b.measureText) {
      ctx.addIssue({
        code: 'custom',
        path: ['measureText'],
        message: 'describe the measure when it is "other"',
      });
    }
  });

// The public item, declared so that nothing else can slip out of the published list.
const publishedItem = z.object({
  id: z.string(),
  fullName: z.string(),
  post: z.string(),
  agency: z.object({ id: z.string(), code: z.string(), name: localizedName }),
  description: z.string(),
  relatedParty: z.string(),
  filedAt: z.string(),
  state: z.string(),
  measure: z.string().nullable(),
  measureText: z.string().nullable(),
  decidedAt: z.string().nullable(),
  synthetic: z.boolean(),
});

/** Officials notify a conflict; the head of their body decides the measure; some are published. */
export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.post(
    '/api/conflict-notifications',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'Notify the head of my body of a (possible) conflict of interest',
        body: z.object({
          caseId: z.uuid().optional(),
          description: text(5000),
          relatedParty: text(500),
        }),
        response: { 201: z.object({ id: z.string(), filedAt: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await fileNotification(db, signedInActor(request), request.body)),
  );

  r.get(
    '/api/conflict-notifications/mine',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary:
          'My notifications and the measures decided (empty when my account does not declare)',
        querystring: z.object({ ...pageQuery }),
      },
    },
    async (request) => myNotifications(db, integrityViewer(request), request.query),
  );

  r.get(
    '/api/conflict-notifications/to-decide',
    {
      config: { access: ['agency_head'] },
      schema: {
        tags,
        summary: 'Notifications of officials of my agency, to decide or decided',
        querystring: z.object({
          state: z.enum(NOTIFICATION_STATES).optional(),
          search: z.string().trim().max(200).optional(),
          sort: sortParam(['filed', 'name']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const q = request.query;
      return notificationsToDecide(
        db,
        integrityViewer(request),
        q,
        q.sort
          ? parseSort<NotificationSort>(q.sort, 'filed')
          : { field: 'filed', descending: true },
        q,
      );
    },
  );

  r.post(
    '/api/conflict-notifications/:id/decision',
    {
      config: { access: ['agency_head'] },
      schema: {
        tags,
        summary: 'Decide the measure: recusal, transfer, divestment or another',
        params: byId,
        body: decisionBody,
      },
    },
    async (request, reply) => {
      await decideNotification(
        db,
        integrityViewer(request),
        signedInActor(request),
        request.params.id,
        request.body,
        new Date(),
      );
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/published-conflict-notifications',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Published notifications of conflicts of interest (political and special posts)',
        querystring: z.object({
          search: z.string().trim().max(200).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          sort: sortParam(['filed', 'name']),
          ...pageQuery,
        }),
        response: { 200: pageOf(publishedItem) },
      },
    },
    async (request) => {
      const q = request.query;
      return searchPublishedNotifications(
        db,
        q,
        q.sort ? parseSort<PublishedSort>(q.sort, 'filed') : { field: 'filed', descending: true },
        q,
      );
    },
  );
}
