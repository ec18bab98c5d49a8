import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { wipe } from '../crypto/envelope.ts';
import { decideIdentityRequest, identityRequestList } from '../identity/disclosure.ts';
import { answerProtection, protectionQueue, protectionRequestRow } from '../protection/answer.ts';
import { reportRow } from '../read/report-view.ts';
import { reportKeyForHandler, unlockedKey } from '../work/handler-key.ts';

const tags = ['reporting'];

/** The custodians' identity requests and the prosecutors' protection queue. */
export async function reportingOversightRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/reporting/work/identity-requests',
    {
      config: { access: ['custodian'] },
      schema: {
        tags,
        summary: 'Requests to see reporters’ identities',
        querystring: z.object({
          status: z.enum(['pending', 'approved', 'refused']).optional(),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const page = await identityRequestList(db, request.query);
      await recordAuditNow(db, signedInActor(request), {
        action: 'identity.requests_read',
        entityType: 'identity_request',
        details: { returned: page.items.map((i) => i.id) },
      });
      return page;
    },
  );

  r.post(
    '/api/reporting/work/identity-requests/:requestId/decision',
    {
      config: { access: ['custodian'] },
      schema: {
        tags,
        summary: 'Approve or refuse a request to see a reporter’s identity',
        params: z.object({ requestId: z.uuid() }),
        body: z.object({ approve: z.boolean(), reason: z.string().trim().min(5).max(2000) }),
      },
    },
    async (request, reply) => {
      const pair = await unlockedKey(db, request);
      try {
        await decideIdentityRequest(
          db,
          request.params.requestId,
          signedInActor(request),
          pair,
          request.body,
        );
      } finally {
        wipe(pair.secretKey);
      }
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/reporting/work/protection',
    {
      config: { access: ['prosecutor'] },
      schema: {
        tags,
        summary: 'Protection requests with the prosecutor’s deadlines (overdue first)',
        querystring: z.object({ status: z.enum(['open', 'answered']).optional(), ...pageQuery }),
      },
    },
    (request) => protectionQueue(db, request.auth!.user.id, request.query),
  );

  r.post(
    '/api/reporting/work/protection/:requestId/response',
    {
      config: { access: ['prosecutor'] },
      schema: {
        tags,
        summary: 'The prosecutor’s response to a protection request',
        params: z.object({ requestId: z.uuid() }),
        body: z.object({
          outcome: z.enum(['measures_taken', 'violation_not_found', 'referred']),
          text: z.string().trim().min(10).max(10_000),
        }),
      },
    },
    async (request, reply) => {
      const protection = await protectionRequestRow(db, request.params.requestId);
      const pair = await unlockedKey(db, request);
      const row = await reportRow(db, protection.reportId);
      const { reportKey } = await reportKeyForHandler(db, row, request.auth!.user, pair);
      try {
        await answerProtection(db, protection.id, reportKey, signedInActor(request), request.body);
      } finally {
        wipe(reportKey, pair.secretKey);
      }
      return reply.status(204).send();
    },
  );
}
