import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import {
  type PublicSort,
  publishedDeclaration,
  publishedHistory,
  searchPublished,
} from '../publication/public.ts';

const tags = ['declarations'];

/** Published declarations: anyone may search and read them, without personal identifiers. */
export async function publicRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/public/declarations',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Search published declarations',
        querystring: z.object({
          q: z.string().trim().max(200).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          agencyId: z.uuid().optional(),
          sort: sortParam(['name', 'year', 'income', 'assets']),
          ...pageQuery,
        }),
      },
    },
    async (request) =>
      searchPublished(
        db,
        request.query,
        parseSort<PublicSort>(request.query.sort, 'name'),
        request.query,
      ),
  );

  r.get(
    '/api/public/declarations/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'A published declaration (personal data removed)',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) => publishedDeclaration(db, request.params.id),
  );

  r.get(
    '/api/public/declarants/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "A published declarant's income and assets year by year",
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) => publishedHistory(db, request.params.id),
  );
}
