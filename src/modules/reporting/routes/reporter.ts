import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { wipe } from '../crypto/envelope.ts';
import { identityInput } from '../intake/content.ts';
import { REPORTER_ACTOR } from '../intake/reporter-actor.ts';
import { closeKeySession } from '../keys/key-sessions.ts';
import { postMessage } from '../messages/post.ts';
import { openProtection, PROTECTION_KINDS } from '../protection/open.ts';
import { attachmentOf, reportView } from '../read/report-view.ts';
import { discloseIdentity } from '../reporter/identity.ts';
import { type ReporterContext, reporterContext } from '../reporter/session.ts';
import { anonymousReadRoute, anonymousRoute } from './anonymous.ts';

const tags = ['reporting'];
export const REPORTER_HEADER = 'x-reporter-token';

const tokenOf = (request: FastifyRequest) => {
  const v = request.headers[REPORTER_HEADER];
  return typeof v === 'string' ? v : undefined;
};

/** What a reporter sees: no handler names, no internal history, not the internal id. */
async function reporterView(db: FastifyInstance['database']['db'], ctx: ReporterContext) {
  const { id: _internal, ...view } = await reportView(db, ctx.row, ctx.reportKey);
  return view;
}

export const protectionInput = z.object({
  kind: z.enum(PROTECTION_KINDS),
  details: z.string().trim().min(10, 'describe what happened (at least 10 characters)').max(10_000),
  occurredOn: z.iso.date().optional(),
});

export async function sendAttachment(
  reply: FastifyReply,
  file: { name: string; type: string; bytes: Uint8Array },
) {
  return reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(Buffer.from(file.bytes));
}

export async function reportingReporterRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const perMinute = app.config.reportingPerMinute;
  const withReporter = async <T>(
    request: FastifyRequest,
    work: (ctx: ReporterContext) => Promise<T>,
  ) => {
    const ctx = await reporterContext(db, tokenOf(request));
    try {
      return await work(ctx);
    } finally {
      wipe(ctx.reportKey);
    }
  };

  r.get(
    '/api/reporting/mine',
    {
      ...anonymousReadRoute,
      schema: { tags, summary: 'The reporter’s own report (header x-reporter-token)' },
    },
    (request) => withReporter(request, (ctx) => reporterView(db, ctx)),
  );

  r.get(
    '/api/reporting/mine/attachments/:attachmentId',
    {
      ...anonymousReadRoute,
      schema: {
        tags,
        summary: 'Download one of the report’s files',
        params: z.object({ attachmentId: z.uuid() }),
      },
    },
    (request, reply) =>
      withReporter(request, async (ctx) =>
        sendAttachment(
          reply,
          await attachmentOf(db, ctx.row, ctx.reportKey, request.params.attachmentId),
        ),
      ),
  );

  r.post(
    '/api/reporting/mine/messages',
    {
      ...anonymousRoute(perMinute * 3),
      schema: {
        tags,
        summary: 'Write to the handler',
        body: z.object({ text: z.string().max(10_000) }),
      },
    },
    (request, reply) =>
      withReporter(request, async (ctx) =>
        reply
          .status(201)
          .send(
            await postMessage(
              db,
              ctx.row,
              ctx.reportKey,
              { author: 'reporter' },
              request.body.text,
            ),
          ),
      ),
  );

  r.post(
    '/api/reporting/mine/identity',
    {
      ...anonymousRoute(perMinute),
      schema: {
        tags,
        summary:
          'Give my identity (kept sealed; a handler sees it only after a custodian approves)',
        body: identityInput,
      },
    },
    (request, reply) =>
      withReporter(request, async (ctx) => {
        await discloseIdentity(db, ctx.row, ctx.publicKey, request.body);
        return reply.status(204).send();
      }),
  );

  r.post(
    '/api/reporting/mine/protection',
    {
      ...anonymousRoute(perMinute),
      schema: {
        tags,
        summary: 'Ask the prosecutor for protection from retaliation',
        body: protectionInput,
      },
    },
    (request, reply) =>
      withReporter(request, async (ctx) => {
        const opened = await openProtection(db, ctx.row, ctx.reportKey, request.body, {
          openedBy: 'reporter',
          actor: REPORTER_ACTOR,
        });
        return reply.status(201).send(opened);
      }),
  );

  r.delete(
    '/api/reporting/mine/session',
    { ...anonymousReadRoute, schema: { tags, summary: 'Leave: the token stops working' } },
    async (request, reply) => {
      await closeKeySession(db, tokenOf(request));
      return reply.status(204).send();
    },
  );
}
