import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import {
  listDeclarants,
  listFilingYears,
  registerDeclarant,
  setFilingYear,
  updateDeclarant,
} from '../filing/declarants.ts';

const tags = ['declarations'];
const POST_CATEGORIES = ['political', 'special', 'administrative', 'municipal'] as const;
const yearNumber = z.number().int().min(2000).max(2100);

/** Who must declare, and the filing campaigns. */
export async function registerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/declarants',
    {
      config: { access: ['admin', 'verifier'] },
      schema: {
        tags,
        summary: 'Persons who must declare',
        querystring: z.object({
          q: z.string().trim().max(200).optional(),
          agencyId: z.uuid().optional(),
          ...pageQuery,
        }),
      },
    },
    async (request) => listDeclarants(db, request.query, request.query),
  );

  r.post(
    '/api/declarants',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Register a person who must declare',
        body: z.object({
          pin: z.string().regex(/^[12]\d{13}$/, 'a 14-digit personal identification number'),
          fullName: z.string().trim().min(2).max(200),
          birthDate: z.iso.date().nullable().default(null),
          userId: z.uuid().nullable().default(null),
          agencyId: z.uuid(),
          post: z.string().trim().min(2).max(300),
          postCategory: z.enum(POST_CATEGORIES),
          declaresFrom: yearNumber,
        }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerDeclarant(db, signedInActor(request), request.body)),
  );

  r.patch(
    '/api/declarants/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Change post or term, or put on / take off the non-publication list',
        params: z.object({ id: z.uuid() }),
        body: z
          .object({
            post: z.string().trim().min(2).max(300),
            postCategory: z.enum(POST_CATEGORIES),
            agencyId: z.uuid(),
            declaresUntil: yearNumber.nullable(),
            notPublishedReason: z.string().trim().min(3).max(1000).nullable(),
          })
          .partial()
          .refine((b) => Object.keys(b).length > 0, 'nothing to change'),
      },
    },
    async (request) => updateDeclarant(db, signedInActor(request), request.params.id, request.body),
  );

  r.get(
    '/api/declaration-years',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Filing campaigns: the years declared and their deadlines' },
    },
    async () => listFilingYears(db),
  );

  r.put(
    '/api/declaration-years/:year',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Open a filing campaign or move its deadline',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: z.object({ deadline: z.iso.date() }),
      },
    },
    async (request, reply) => {
      await setFilingYear(db, signedInActor(request), request.params.year, request.body.deadline);
      return reply.status(204).send();
    },
  );
}
