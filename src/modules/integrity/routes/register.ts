import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import {
  listStateOrganisations,
  REGISTER_KINDS,
  type RegisterSort,
  stateOrganisation,
} from '../register/list.ts';

const tags = ['integrity'];

const listItem = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  register: z.enum(REGISTER_KINDS),
  registrationNumber: z.string().nullable(),
  statePercent: z.number().nullable(),
  address: z.string().nullable(),
  source: z.string().nullable(),
  parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  synthetic: z.boolean(),
});

/** The public register of state organisations (Plan item 5): open data, no sign-in. */
export async function stateOrganisationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/state-organisations',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Budget-funded organisations, state and municipal enterprises, companies with a state share, trustees of state property',
        querystring: z.object({
          search: z.string().trim().max(200).optional(),
          register: z.enum(REGISTER_KINDS).optional(),
          sort: sortParam(['name', 'registrationNumber', 'statePercent']),
          ...pageQuery,
        }),
        response: { 200: pageOf(listItem) },
      },
    },
    async (request) =>
      listStateOrganisations(
        db,
        request.query,
        parseSort<RegisterSort>(request.query.sort, 'name'),
        request.query,
      ),
  );

  r.get(
    '/api/state-organisations/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'A state organisation with its parent body, state share and subordinate ones',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) => stateOrganisation(db, request.params.id),
  );
}
