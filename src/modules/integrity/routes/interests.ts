import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { integrityViewer } from '../cases/viewer.ts';
import { interestDeclarationContent } from '../interests/content.ts';
import { fileInterestDeclaration, OCCASIONS } from '../interests/file.ts';
import {
  type InterestSort,
  interestDeclarationView,
  listInterestDeclarations,
  myInterestDeclarations,
} from '../interests/read.ts';

const tags = ['integrity'];

/** Private-interest declarations: filed by officials on appointment or transfer, read by verifiers. */
export async function interestRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.post(
    '/api/interest-declarations',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'File my declaration of private interests (appointment or transfer)',
        body: z.object({
          occasion: z.enum(OCCASIONS),
          post: z.string().trim().min(2).max(300),
          effectiveOn: z.iso.date('a date as YYYY-MM-DD'),
          content: interestDeclarationContent,
        }),
        response: {
          201: z.object({ id: z.string(), receipt: z.string(), filedAt: z.string() }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await fileInterestDeclaration(db, signedInActor(request), request.body, new Date())),
  );

  r.get(
    '/api/interest-declarations/mine',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'My declarations of interests (empty when my account does not declare)',
        querystring: z.object({ ...pageQuery }),
      },
    },
    async (request) => myInterestDeclarations(db, integrityViewer(request), request.query),
  );

  r.get(
    '/api/interest-declarations',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Every filed declaration of interests (the read is audited)',
        querystring: z.object({
          search: z.string().trim().max(200).optional(),
          sort: sortParam(['filed', 'effective', 'name']),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const q = request.query;
      return listInterestDeclarations(
        db,
        signedInActor(request),
        q,
        q.sort ? parseSort<InterestSort>(q.sort, 'filed') : { field: 'filed', descending: true },
        q,
      );
    },
  );

  r.get(
    '/api/interest-declarations/:id',
    {
      config: { access: ['verifier', 'prosecutor', 'declarant'] },
      schema: {
        tags,
        summary: 'One declaration of interests in full, with its receipt',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) =>
      interestDeclarationView(
        db,
        integrityViewer(request),
        signedInActor(request),
        request.params.id,
      ),
  );
}
