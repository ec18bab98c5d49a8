import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { enqueueJob, getJob } from '../../../platform/jobs/queue.ts';
import { CONFLICT_RULES, DATA_RULES } from '../detection/types.ts';
import { DETECT_ALL_JOB } from '../findings/follow.ts';
import { dismissFinding, type FindingSort, findingView, listFindings } from '../findings/list.ts';

const tags = ['conflicts of interest'];
const byId = z.object({ id: z.uuid() });
const STATES = ['open', 'dismissed', 'in_case', 'gone'] as const;

/** The verifier's queue of potential conflicts, and the detection run on demand. */
export async function findingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/conflict-findings',
    {
      config: { access: ['verifier', 'prosecutor'] },
      schema: {
        tags,
        summary: 'Potential conflicts found in the relations graph, each with its explaining path',
        querystring: z.object({
          state: z.enum(STATES).optional(),
          rule: z.enum([...CONFLICT_RULES, ...DATA_RULES]).optional(),
          q: z.string().trim().max(200).optional(),
          sort: sortParam(['severity', 'found', 'seen', 'name']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const query = request.query;
      return listFindings(
        db,
        { state: query.state, rule: query.rule, q: query.q },
        query.sort
          ? parseSort<FindingSort>(query.sort, 'severity')
          : { field: 'severity', descending: true },
        query,
      );
    },
  );

  r.get(
    '/api/conflict-findings/:id',
    {
      config: { access: ['verifier', 'prosecutor'] },
      schema: { tags, summary: 'One potential conflict with its path', params: byId },
    },
    async (request) => {
      const finding = await findingView(db, request.params.id);
      await recordAuditNow(db, signedInActor(request), {
        action: 'conflict_finding.viewed',
        entityType: 'conflict_finding',
        entityId: finding.id,
      });
      return finding;
    },
  );

  r.post(
    '/api/conflict-findings/:id/dismiss',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Set a potential conflict aside, with the reason',
        params: byId,
        body: z.object({ reason: z.string().trim().min(1).max(5000) }),
      },
    },
    async (request, reply) => {
      await dismissFinding(db, signedInActor(request), request.params.id, request.body.reason);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/conflict-detection-runs',
    {
      config: { access: ['verifier', 'admin'] },
      schema: { tags, summary: 'Run the full detection now (the nightly pass, on demand)' },
    },
    async (request, reply) => {
      const id = await enqueueJob(db, DETECT_ALL_JOB, {}, { createdBy: signedInActor(request).id });
      return reply.status(202).send({ jobId: id });
    },
  );

  r.get(
    '/api/conflict-detection-runs/:id',
    {
      config: { access: ['verifier', 'admin'] },
      schema: { tags, summary: 'The status of a detection run', params: byId },
    },
    async (request) => {
      const job = await getJob(db, request.params.id);
      if (job.kind !== DETECT_ALL_JOB) throw notFound({ run: request.params.id });
      return job;
    },
  );
}
