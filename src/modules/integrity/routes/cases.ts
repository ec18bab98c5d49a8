import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { CASE_OUTCOMES, closeCase, LIABILITIES } from '../cases/close.ts';
import { caseDetail } from '../cases/detail.ts';
import { CASE_STATES, type CaseSort, listCases, myCases } from '../cases/list.ts';
import { openCase } from '../cases/open.ts';
import { integrityViewer } from '../cases/viewer.ts';

const tags = ['integrity'];
const byId = z.object({ id: z.uuid() });
const text = z.string().trim().min(1).max(20_000);

const openBody = z
  .object({ findingId: z.uuid().optional(), officialPersonId: z.uuid().optional(), summary: text })
  .superRefine((b, ctx) => {
    if ((b.findingId === undefined) === (b.officialPersonId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['findingId'],
        message: 'give either a finding or an official person, not both',
      });
    }
  });

const closeBody = z
  .object({
    outcome: z.enum(CASE_OUTCOMES),
    liability: z.enum(LIABILITIES).optional(),
    note: text,
  })
  .superRefine((b, ctx) => {
    if (b.outcome === 'liability' && (!b.liability || b.liability === 'none')) {
      ctx.addIssue({
        code: 'custom',
        path: ['liability'],
        message: 'the liability imposed is required when the outcome is liability',
      });
    }
    if (b.outcome !== 'liability' && b.liability && b.liability !== 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['liability'],
        message: 'a liability goes only with the outcome liability',
      });
    }
  });

/** Conflict-of-interest cases: opened by a verifier, followed by the head and the official, closed with an outcome. */
export async function caseRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.post(
    '/api/conflict-cases',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Open a case from a finding, or about an official directly',
        body: openBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const { findingId, officialPersonId, summary } = request.body;
      const input = findingId
        ? { findingId, summary }
        : { officialPersonId: officialPersonId!, summary };
      return reply.status(201).send(await openCase(db, signedInActor(request), input));
    },
  );

  r.get(
    '/api/conflict-cases',
    {
      config: { access: ['verifier', 'prosecutor', 'agency_head'] },
      schema: {
        tags,
        summary: 'Cases: all for verifiers and the prosecutor, their agency’s for a head',
        querystring: z.object({
          state: z.enum(CASE_STATES).optional(),
          search: z.string().trim().max(200).optional(),
          sort: sortParam(['opened', 'name', 'state']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const q = request.query;
      return listCases(
        db,
        integrityViewer(request),
        q,
        q.sort ? parseSort<CaseSort>(q.sort, 'opened') : { field: 'opened', descending: true },
        q,
      );
    },
  );

  r.get(
    '/api/my-conflict-cases',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'The cases about me (none when my account does not declare)',
        querystring: z.object({ ...pageQuery }),
      },
    },
    async (request) => myCases(db, integrityViewer(request), request.query),
  );

  r.get(
    '/api/conflict-cases/:id',
    {
      config: { access: ['verifier', 'prosecutor', 'agency_head', 'declarant'] },
      schema: {
        tags,
        summary: 'A case with its findings and paths, notifications and timeline',
        params: byId,
      },
    },
    async (request) =>
      caseDetail(db, integrityViewer(request), signedInActor(request), request.params.id),
  );

  r.post(
    '/api/conflict-cases/:id/close',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Close a case: resolved, liability imposed, or unfounded',
        params: byId,
        body: closeBody,
      },
    },
    async (request, reply) => {
      await closeCase(db, signedInActor(request), request.params.id, request.body, new Date());
      return reply.status(204).send();
    },
  );
}
