import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { recheckPersons } from '../findings/store.ts';
import { decideMatch, MATCH_DECISIONS } from '../matches/decide.ts';
import { listMatches, MATCH_STATES } from '../matches/list.ts';

const tags = ['integrity'];

/** Entity resolution's human step: uncertain matches of person records, confirmed or rejected. */
export async function matchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/person-matches',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Uncertain matches of person records, with the score and its reasons',
        querystring: z.object({ state: z.enum(MATCH_STATES).default('pending'), ...pageQuery }),
      },
    },
    async (request) => listMatches(db, request.query, request.query),
  );

  r.post(
    '/api/person-matches/:id/decision',
    {
      config: { access: ['verifier'] },
      schema: {
        tags,
        summary: 'Confirm (the records are merged into one person) or reject a match',
        params: z.object({ id: z.uuid() }),
        body: z.object({ decision: z.enum(MATCH_DECISIONS) }),
      },
    },
    async (request) => {
      const decided = await decideMatch(
        db,
        signedInActor(request),
        request.params.id,
        request.body.decision,
        new Date(),
      );
      // One person where there were two: paths through either record are found now.
      if (decided.merged) await recheckPersons(db, { persons: [decided.merged.survivorId] });
      return decided;
    },
  );
}
