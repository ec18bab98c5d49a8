import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { declarationContent } from '../content.ts';
import { createDraft, findDeclarant, prefillFromRegistries, saveDraft } from '../filing/drafts.ts';
import { declarationView, versionContent } from '../filing/read.ts';
import { myYears } from '../filing/status.ts';
import { openCorrective, submitDeclaration } from '../filing/submission.ts';
import { registryGateway } from '../registry/configured.ts';
import { answerExplanation } from '../review/workflow.ts';
import { viewerOf } from './viewer.ts';

const tags = ['declarations'];
const byId = z.object({ id: z.uuid() });
const year = z.number().int().min(2000).max(2100);
const problem = z.object({ path: z.array(z.union([z.string(), z.number()])), reason: z.string() });
const READERS = ['declarant', 'verifier', 'prosecutor'] as const;

/** The declarant's side: open, fill, pre-fill, validate, submit, correct, answer. */
export async function filingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/declarations/mine',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'My declarations: each year I must file, its deadline and where it stands',
      },
    },
    async (request) => {
      // An account not (yet) in the register of declarants sees an empty page, not an error.
      const me = await findDeclarant(db, viewerOf(request).userId);
      if (!me) return { declarant: null, years: [] };
      return {
        declarant: {
          id: me.id,
          fullName: me.fullName,
          post: me.post,
          postCategory: me.postCategory,
          agencyId: me.agencyId,
        },
        years: await myYears(db, me.id),
      };
    },
  );

  r.post(
    '/api/declarations',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'Open the declaration for a year as an empty draft',
        body: z.object({ year }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        id: await createDraft(db, viewerOf(request), signedInActor(request), request.body.year),
      }),
  );

  r.get(
    '/api/declarations/:id',
    {
      config: { access: [...READERS] },
      schema: {
        tags,
        summary: 'A declaration: draft, versions, check and full-check exchange',
        params: byId,
      },
    },
    async (request) =>
      declarationView(db, viewerOf(request), signedInActor(request), request.params.id, new Date()),
  );

  r.put(
    '/api/declarations/:id/draft',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'Save the draft as typed; answers every field problem',
        params: byId,
        body: declarationContent,
        response: { 200: z.object({ problems: z.array(problem) }) },
      },
    },
    async (request) =>
      saveDraft(db, viewerOf(request), request.params.id, request.body, new Date()),
  );

  r.post(
    '/api/declarations/:id/prefill',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'Add what the state registries hold (real estate, vehicles, companies)',
        params: byId,
      },
    },
    async (request) =>
      prefillFromRegistries(
        db,
        viewerOf(request),
        signedInActor(request),
        request.params.id,
        registryGateway(db),
      ),
  );

  r.post(
    '/api/declarations/:id/submit',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'Submit the draft: validation, conversion to som, receipt, automated check',
        params: byId,
      },
    },
    async (request) =>
      submitDeclaration(
        db,
        viewerOf(request),
        signedInActor(request),
        request.params.id,
        new Date(),
      ),
  );

  r.post(
    '/api/declarations/:id/corrective',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: 'Open a corrective declaration from the latest submitted version',
        params: byId,
      },
    },
    async (request, reply) => {
      await openCorrective(db, viewerOf(request), signedInActor(request), request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/declarations/:id/versions/:version',
    {
      config: { access: [...READERS] },
      schema: {
        tags,
        summary: 'One submitted version with its receipt',
        params: z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(10_000) }),
      },
    },
    async (request) =>
      versionContent(
        db,
        viewerOf(request),
        signedInActor(request),
        request.params.id,
        request.params.version,
      ),
  );

  r.post(
    '/api/declarations/:id/explanation',
    {
      config: { access: ['declarant'] },
      schema: {
        tags,
        summary: "Answer the verifier's request for an explanation",
        params: byId,
        body: z.object({ text: z.string().trim().min(1).max(20_000) }),
      },
    },
    async (request, reply) => {
      await answerExplanation(
        db,
        signedInActor(request),
        request.params.id,
        request.body.text,
        new Date(),
      );
      return reply.status(204).send();
    },
  );
}
