import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { badInput, notFound } from '../../../platform/http/errors.ts';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { DEALING_KINDS, RELATION_KINDS } from '../detection/types.ts';
import { ftmLines } from '../export/stream.ts';
import { centreExists, neighbourhood } from '../graph/neighbourhood.ts';
import {
  type EntitySort,
  entityView,
  listEntities,
  listPeople,
  type PeopleSort,
  personView,
} from '../graph/people.ts';

const tags = ['conflicts of interest'];
const INVESTIGATORS = ['verifier', 'prosecutor'] as const;
const byId = z.object({ id: z.uuid() });
const q = z.string().trim().max(200).optional();
const KINDS = [...RELATION_KINDS, ...DEALING_KINDS] as const;

/** People, organisations and the relations graph: the investigators' side (every read audited). */
export async function graphRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/people',
    {
      config: { access: [...INVESTIGATORS] },
      schema: {
        tags,
        summary: 'People of the relations graph (officials, relatives, company officers)',
        querystring: z.object({
          q,
          official: z.enum(['true', 'false']).optional(),
          sort: sortParam(['name', 'findings']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const query = request.query;
      return listPeople(
        db,
        {
          q: query.q,
          official: query.official === undefined ? undefined : query.official === 'true',
        },
        query.sort
          ? parseSort<PeopleSort>(query.sort, 'name')
          : { field: 'findings', descending: true },
        query,
      );
    },
  );

  r.get(
    '/api/people/:id',
    {
      config: { access: [...INVESTIGATORS] },
      schema: { tags, summary: 'One person, their post and their findings', params: byId },
    },
    async (request) => {
      const view = await personView(db, request.params.id);
      await recordAuditNow(db, signedInActor(request), {
        action: 'person.viewed',
        entityType: 'person',
        entityId: view.id,
      });
      return view;
    },
  );

  r.get(
    '/api/legal-entities',
    {
      config: { access: [...INVESTIGATORS] },
      schema: {
        tags,
        summary: 'Organisations of the graph: state bodies, state organisations, companies',
        querystring: z.object({
          q,
          kind: z.enum(['state_body', 'state_organisation', 'company']).optional(),
          sort: sortParam(['name', 'kind']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const query = request.query;
      return listEntities(
        db,
        { q: query.q, kind: query.kind },
        parseSort<EntitySort>(query.sort, 'name'),
        query,
      );
    },
  );

  r.get(
    '/api/legal-entities/:id',
    {
      config: { access: [...INVESTIGATORS] },
      schema: { tags, summary: 'One organisation of the graph', params: byId },
    },
    async (request) => entityView(db, request.params.id),
  );

  r.get(
    '/api/relations-graph',
    {
      config: { access: [...INVESTIGATORS] },
      schema: {
        tags,
        summary: 'The network around a person or organisation, with the findings on it',
        querystring: z.object({
          person: z.uuid().optional(),
          entity: z.uuid().optional(),
          depth: z.coerce.number().int().min(1).max(3).default(2),
          kinds: z
            .string()
            .max(300)
            .optional()
            .transform((s, ctx) => {
              if (!s) return undefined;
              const list = s.split(',').map((k) => k.trim());
              const unknown = list.filter((k) => !(KINDS as readonly string[]).includes(k));
              if (unknown.length > 0) {
                ctx.addIssue({ code: 'custom', message: `unknown kinds: ${unknown.join(', ')}` });
                return z.NEVER;
              }
              return list as (typeof KINDS)[number][];
            }),
          at: z.iso.date('a date as YYYY-MM-DD').optional(),
        }),
      },
    },
    async (request) => {
      const query = request.query;
      if ((query.person === undefined) === (query.entity === undefined))
        throw badInput({ query: 'give exactly one of person or entity' });
      const centre = query.person
        ? { type: 'person' as const, id: query.person }
        : { type: 'organisation' as const, id: query.entity! };
      if (!(await centreExists(db, centre))) throw notFound(centre);
      const graph = await neighbourhood(db, {
        centre,
        depth: query.depth,
        ...(query.kinds ? { kinds: query.kinds } : {}),
        ...(query.at ? { at: query.at } : {}),
      });
      await recordAuditNow(db, signedInActor(request), {
        action: 'relations_graph.viewed',
        entityType: centre.type,
        entityId: centre.id,
        details: { depth: query.depth, nodes: graph.nodes.length },
      });
      return graph;
    },
  );

  r.get(
    '/api/integrity-export',
    {
      config: { access: [...INVESTIGATORS] },
      schema: {
        tags,
        summary:
          'The relations graph as FollowTheMoney JSON lines (people, organisations, relations, contracts)',
      },
    },
    async (request, reply) => {
      await recordAuditNow(db, signedInActor(request), {
        action: 'relations_graph.exported',
        entityType: 'relations_graph',
        details: { format: 'ftm' },
      });
      reply.header('content-disposition', 'attachment; filename="akniet-relations.ftm.jsonl"');
      reply.type('application/x-ndjson; charset=utf-8');
      return reply.send(Readable.from(ftmLines(db)));
    },
  );
}
