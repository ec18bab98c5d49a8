import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery } from '../http/pagination.ts';
import { getJob, listJobs } from './queue.ts';
import { JOB_STATUSES } from './schema.ts';

const job = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  result: z.unknown(),
  runAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export async function jobRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/admin/jobs',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Background jobs and their status',
        querystring: z.object({
          status: z.enum(JOB_STATUSES).optional(),
          kind: z.string().trim().max(100).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(job) },
      },
    },
    async (request) => listJobs(db, request.query),
  );

  r.get(
    '/api/admin/jobs/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'One background job',
        params: z.object({ id: z.uuid() }),
        response: { 200: job },
      },
    },
    async (request) => getJob(db, request.params.id),
  );
}
