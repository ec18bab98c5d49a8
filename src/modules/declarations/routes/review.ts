import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { enqueueJob } from '../../../platform/jobs/queue.ts';
import { filingReport } from '../filing/status.ts';
import { RECHECK_JOB } from '../review/nightly.ts';
import { listReviews, type QueueSort } from '../review/queue.ts';
import { assignReview, concludeReview, requestExplanation } from '../review/workflow.ts';
import { declarationReviews } from '../schema.ts';

const tags = ['declarations'];
const byId = z.object({ id: z.uuid() });
const isoDate = z.iso.date('a date as YYYY-MM-DD');
const text = z.string().trim().min(1).max(20_000);
const STATES = ['queued', 'assigned', 'explanation_requested', 'explained', 'concluded'] as const;

/** The verifier's side: the full-check queue and its steps; the prosecutor's referrals; filing status. */
export async function reviewRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/declaration-reviews',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'The full-check queue, ranked by risk score with the top reasons',
        querystring: z.object({
          state: z.enum(STATES).optional(),
          assigned: z.enum(['me', 'none', 'any']).default('any'),
          agencyId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          minScore: z.coerce.number().int().min(0).max(100).optional(),
          code: z
            .string()
            .regex(/^[a-z_]+\.[a-z_0-9]+$/)
            .optional(),
          q: z.string().trim().max(200).optional(),
          sort: sortParam(['score', 'entered', 'name', 'year']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const q = request.query;
      const me = signedInActor(request).id;
      return listReviews(
        db,
        {
          state: q.state,
          verifier: q.assigned === 'me' ? me : q.assigned === 'none' ? 'none' : undefined,
          agencyId: q.agencyId,
          year: q.year,
          minScore: q.minScore,
          code: q.code,
          q: q.q,
        },
        q.sort ? parseSort<QueueSort>(q.sort, 'score') : { field: 'score', descending: true },
        q,
      );
    },
  );

  r.post(
    '/api/declaration-reviews/:id/assign',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Take a full check, or hand it to another verifier',
        params: byId,
        body: z
          .object({ verifierId: z.uuid().nullable().default(null) })
          .default({ verifierId: null }),
      },
    },
    async (request, reply) => {
      await assignReview(db, signedInActor(request), request.params.id, request.body.verifierId);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/declaration-reviews/:id/request-explanation',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Ask the declarant to explain the findings by a deadline',
        params: byId,
        body: z.object({ text, deadline: isoDate }),
      },
    },
    async (request, reply) => {
      await requestExplanation(
        db,
        signedInActor(request),
        request.params.id,
        request.body,
        new Date(),
      );
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/declaration-reviews/:id/conclude',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Conclude: no violation, referral to the prosecutor, or disciplinary',
        params: byId,
        body: z.object({ outcome: z.enum(['no_violation', 'referral', 'disciplinary']), text }),
      },
    },
    async (request, reply) => {
      await concludeReview(db, signedInActor(request), request.params.id, request.body, new Date());
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/declaration-referrals',
    {
      config: { access: ['prosecutor'] },
      schema: {
        tags,
        summary: 'Declarations referred to the prosecutor after a full check',
        querystring: z.object({ q: z.string().trim().max(200).optional(), ...pageQuery }),
      },
    },
    async (request) =>
      listReviews(
        db,
        { q: request.query.q, referredOnly: true },
        { field: 'entered', descending: true },
        request.query,
      ),
  );

  r.get(
    '/api/declaration-referrals/:id',
    {
      config: { access: ['prosecutor'] },
      schema: { tags, summary: "A referral's evidence pack", params: byId },
    },
    async (request) => {
      const [row] = await db
        .select()
        .from(declarationReviews)
        .where(eq(declarationReviews.id, request.params.id));
      if (row?.outcome !== 'referral') throw notFound();
      await recordAuditNow(db, signedInActor(request), {
        action: 'declaration_referral.viewed',
        entityType: 'declaration_review',
        entityId: row.id,
      });
      return {
        id: row.id,
        declarationId: row.declarationId,
        concludedAt: row.concludedAt?.toISOString() ?? null,
        conclusionText: row.conclusionText,
        evidence: row.evidence,
      };
    },
  );

  r.get(
    '/api/declaration-filing',
    {
      config: { access: ['verifier', 'coordinator', 'admin'] },
      schema: {
        tags,
        summary: 'Who filed for a year on time, late, or not at all',
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100),
          state: z.enum(['on_time', 'late', 'not_filed']).optional(),
          agencyId: z.uuid().optional(),
          q: z.string().trim().max(200).optional(),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const { year, state, agencyId, q } = request.query;
      const report = await filingReport(db, year, { state, agencyId, q }, request.query);
      if (!report) throw notFound({ year });
      return report;
    },
  );

  r.post(
    '/api/declaration-checks/run',
    {
      config: { access: ['verifier', 'admin'] },
      schema: {
        tags,
        summary: 'Re-check every submitted declaration now (the nightly run, on demand)',
      },
    },
    async (request, reply) => {
      const id = await enqueueJob(db, RECHECK_JOB, {}, { createdBy: signedInActor(request).id });
      return reply.status(202).send({ jobId: id });
    },
  );
}
