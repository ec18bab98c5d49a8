import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/context.ts';
import { pageOf, pageQuery } from '../http/pagination.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { listAudit, listAuditActions, recordAuditNow } from './service.ts';

export const VERIFY_AUDIT_JOB = 'audit.verify';

const entry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.unknown(),
  ip: z.string().nullable(),
});

export async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/admin/audit',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'The audit log, newest first',
        querystring: z.object({
          action: z.string().trim().max(100).optional(),
          entityType: z.string().trim().max(100).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(entry) },
      },
    },
    async (request) => {
      const page = await listAudit(db, request.query);
      // Reading the log is itself a sensitive read.
      await recordAuditNow(db, actorOf(request), {
        action: 'audit.read',
        entityType: 'audit_log',
        details: { query: request.query },
      });
      return page;
    },
  );

  r.get(
    '/api/admin/audit/actions',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'The kinds of action that occur in the audit log (exact values for ?action=)',
        response: { 200: z.object({ actions: z.array(z.string()) }) },
      },
    },
    async () => ({ actions: await listAuditActions(db) }),
  );

  r.post(
    '/api/admin/audit/verify',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Start a background check of the whole hash chain',
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const jobId = await enqueueJob(
        db,
        VERIFY_AUDIT_JOB,
        {},
        { createdBy: actor.id, maxAttempts: 1 },
      );
      await recordAuditNow(db, actor, {
        action: 'audit.verify_requested',
        entityType: 'job',
        entityId: jobId,
      });
      app.jobWorker?.drain().catch((err) => request.log.error({ err }, 'job drain failed'));
      return reply.status(202).send({ jobId });
    },
  );
}
