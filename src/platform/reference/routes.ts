import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/context.ts';
import { pageOf, pageQuery, sortParam } from '../http/pagination.ts';
import { localizedText } from '../i18n/language.ts';
import { createAgency, getAgency, listAgencies, updateAgency } from './agencies.ts';
import { AGENCY_KINDS } from './kinds.ts';

const agency = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(AGENCY_KINDS),
  name: localizedText,
  shortName: localizedText,
  parentId: z.string().nullable(),
  synthetic: z.boolean(),
  source: z.string().nullable(),
  nameVerified: z.boolean(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
const agencyInput = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  kind: z.enum(AGENCY_KINDS),
  name: localizedText,
  shortName: localizedText,
  parentId: z.uuid().nullable(),
});
const newAgency = agencyInput.extend({ parentId: z.uuid().nullable().default(null) });
const byId = z.object({ id: z.uuid() });

export async function agencyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/agencies',
    {
      config: { access: 'anyone' },
      schema: {
        tags: ['reference'],
        summary: 'State bodies, searched, filtered by kind, sorted and paged',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          kind: z.enum(AGENCY_KINDS).optional(),
          sort: sortParam(['name', 'code', 'kind'] as const),
          ...pageQuery,
        }),
        response: { 200: pageOf(agency) },
      },
    },
    async (request) => listAgencies(db, request.query),
  );

  r.get(
    '/api/agencies/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags: ['reference'],
        summary: 'One state body',
        params: byId,
        response: { 200: agency },
      },
    },
    async (request) => getAgency(db, request.params.id),
  );

  r.post(
    '/api/admin/agencies',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Add a state body',
        body: newAgency,
        response: { 201: agency },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAgency(db, actorOf(request), request.body)),
  );

  r.patch(
    '/api/admin/agencies/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Change a state body',
        params: byId,
        body: agencyInput.partial().strict(),
        response: { 200: agency },
      },
    },
    async (request) => updateAgency(db, actorOf(request), request.params.id, request.body),
  );
}
