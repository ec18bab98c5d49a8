import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, signedInActor } from '../../../platform/http/context.ts';
import { pageOf, pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { addRemark, answerConcern, concernsForAgency, remarksOf } from '../remarks/service.ts';
import { DASHBOARD_DIMENSIONS, dashboard } from '../tenders/dashboard.ts';
import { tenderDetail, tenderRelease } from '../tenders/detail.ts';
import { listTenders, TENDER_SORTS, type TenderSort } from '../tenders/list.ts';
import { buyerProfile, supplierProfile } from '../tenders/profiles.ts';

const tags = ['procurement'];
const ocid = z.object({ ocid: z.string().min(1).max(200) });
const partyId = z.object({ id: z.string().min(1).max(200) });
const money = z.object({ amount: z.string(), currency: z.string() }).nullable();

const tenderItem = z.object({
  ocid: z.string(),
  title: z.string().nullable(),
  buyer: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  region: z.string().nullable(),
  method: z.string().nullable(),
  methodDetails: z.string().nullable(),
  status: z.string().nullable(),
  value: money,
  bidders: z.number().nullable(),
  publishedAt: z.string().nullable(),
  synthetic: z.boolean(),
  flags: z.number(),
  risk: z.number().nullable(),
});

const remark = z.object({
  id: z.string(),
  ocid: z.string(),
  kind: z.string(),
  body: z.string(),
  author: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});

/** Tenders, buyers and suppliers (public), and civic monitoring: remarks and concerns. */
export async function tenderRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/procurement/tenders',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Tenders with their red flags count and risk index; search, filters, sorting, pages',
        querystring: z.object({
          q: z.string().trim().max(200).optional(),
          buyer: z.string().max(200).optional(),
          supplier: z.string().max(200).optional(),
          region: z.string().max(200).optional(),
          method: z.string().max(50).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          flag: z.string().max(50).optional(),
          sort: sortParam(TENDER_SORTS),
          ...pageQuery,
        }),
        response: { 200: pageOf(tenderItem) },
      },
    },
    async (request) =>
      listTenders(
        db,
        request.query,
        parseSort<TenderSort>(request.query.sort ?? '-publishedAt', 'publishedAt'),
        request.query,
      ),
  );

  r.get(
    '/api/procurement/tenders/:ocid',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'A tender with every red flag and its evidence, its risk index and civic remarks (potential conflicts of interest for verifiers, prosecutors and administrators)',
        params: ocid,
      },
    },
    async (request) =>
      tenderDetail(db, request.params.ocid, {
        roles: request.auth?.user.roles ?? [],
        actor: actorOf(request),
      }),
  );

  r.get(
    '/api/procurement/tenders/:ocid/ocds',
    {
      config: { access: 'anyone' },
      schema: { tags, summary: 'The OCDS compiled release of a tender', params: ocid },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'application/json; charset=utf-8')
        .send(await tenderRelease(db, request.params.ocid)),
  );

  r.get(
    '/api/procurement/buyers/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "A buyer's tenders and risk over time, and its flags",
        params: partyId,
      },
    },
    async (request) => buyerProfile(db, request.params.id),
  );

  r.get(
    '/api/procurement/suppliers/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "A supplier's wins by buyer, the risk of those tenders over time, and its flags",
        params: partyId,
      },
    },
    async (request) => supplierProfile(db, request.params.id),
  );

  r.get(
    '/api/procurement/dashboard',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Tenders, value, single-bidder and flagged shares and mean risk by region, category or method',
        querystring: z.object({
          by: z.enum(DASHBOARD_DIMENSIONS).default('region'),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (request) => dashboard(db, request.query.by, request.query.year),
  );

  r.get(
    '/api/procurement/tenders/:ocid/remarks',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Comments and concerns of civic monitors on a tender, with the buyer’s answers',
        params: ocid,
        response: { 200: z.object({ items: z.array(remark) }) },
      },
    },
    async (request) => ({ items: await remarksOf(db, request.params.ocid) }),
  );

  r.post(
    '/api/procurement/tenders/:ocid/remarks',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary:
          'A civic monitor comments on a tender, or raises a concern that the buyer must answer',
        params: ocid,
        body: z.object({
          kind: z.enum(['comment', 'concern']),
          body: z.string().trim().min(10).max(4000),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const id = await addRemark(db, signedInActor(request), request.params.ocid, request.body);
      return reply.status(201).send({ id });
    },
  );

  r.post(
    '/api/procurement/remarks/:id/answer',
    {
      config: { access: ['officer', 'agency_head'] },
      schema: {
        tags,
        summary: "The buyer's answer to a concern (an officer or the head of the buyer's agency)",
        params: z.object({ id: z.uuid() }),
        body: z.object({ answer: z.string().trim().min(10).max(4000) }),
      },
    },
    async (request, reply) => {
      await answerConcern(
        db,
        request.auth!.user,
        signedInActor(request),
        request.params.id,
        request.body.answer,
      );
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/procurement/concerns',
    {
      config: { access: ['officer', 'agency_head'] },
      schema: {
        tags,
        summary: "Concerns about the caller's agency's tenders, unanswered first",
        querystring: z.object({
          state: z.enum(['open', 'answered', 'all']).default('open'),
          ...pageQuery,
        }),
        response: { 200: pageOf(remark.extend({ title: z.string().nullable() })) },
      },
    },
    async (request) => {
      const agencyId = request.auth!.user.agencyId;
      // An account without an agency answers for no buyer: nothing to answer.
      if (!agencyId) {
        return { items: [], total: 0, page: request.query.page, pageSize: request.query.pageSize };
      }
      return concernsForAgency(db, agencyId, request.query);
    },
  );
}
