import { and, arrayOverlaps, asc, eq, ne, notInArray } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog } from '../../../platform/audit/schema.ts';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import { users } from '../../../platform/auth/schema.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { pageQuery, sortParam } from '../../../platform/http/pagination.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { HANDLER_ROLES, REPORT_CATEGORIES } from '../config/categories.ts';
import { wipe } from '../crypto/envelope.ts';
import {
  identityForHandler,
  latestIdentityRequest,
  requestIdentity,
} from '../identity/disclosure.ts';
import { postMessage } from '../messages/post.ts';
import { openProtection } from '../protection/open.ts';
import { attachmentOf, type ReportRow, reportRow, reportView } from '../read/report-view.ts';
import { decideReward, recordRewardPayment, rewardList } from '../rewards/decisions.ts';
import { reportKeyForHandler, unlockedKey } from '../work/handler-key.ts';
import {
  assignReport,
  sealForNewColleagues,
  setReportStatus,
  transferReport,
} from '../work/handling.ts';
import { handlerQueue } from '../work/queue.ts';
import { protectionInput, sendAttachment } from './reporter.ts';

const tags = ['reporting'];
const HANDLERS = [...HANDLER_ROLES];
const byId = z.object({ id: z.uuid() });
const reason = z.string().trim().min(5, 'give a reason (at least 5 characters)').max(2000);

export async function reportingWorkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  /** The report, opened with the caller's unlocked key (404 to anyone it is not sealed for). */
  const withReport = async <T>(
    request: FastifyRequest,
    id: string,
    work: (row: ReportRow, reportKey: Uint8Array, grant: 'body' | 'protection') => Promise<T>,
  ) => {
    const pair = await unlockedKey(db, request);
    const row = await reportRow(db, id);
    const { reportKey, grant } = await reportKeyForHandler(db, row, request.auth!.user, pair);
    try {
      return await work(row, reportKey, grant);
    } finally {
      wipe(reportKey, pair.secretKey);
    }
  };
  /** Changing the handling belongs to the body's handlers, not to a prosecutor reading for protection. */
  const bodyOnly = (grant: 'body' | 'protection') => {
    if (grant !== 'body') throw new AppError(403, 'report_not_your_body');
  };

  r.get(
    '/api/reporting/work/reports',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'My body’s report queue (titles only while my key is unlocked)',
        querystring: z.object({
          status: z.enum(['new', 'in_progress', 'closed']).optional(),
          category: z
            .enum(REPORT_CATEGORIES.map((c) => c.code) as [string, ...string[]])
            .optional(),
          assigned: z.enum(['me', 'none', 'any']).optional(),
          sort: sortParam(['submittedAt', 'status', 'category'] as const),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const pair = await unlockedKey(db, request).catch(() => null);
      try {
        return await handlerQueue(db, request.auth!.user, request.query, pair);
      } finally {
        if (pair) wipe(pair.secretKey);
      }
    },
  );

  r.get(
    '/api/reporting/work/reports/:id',
    {
      config: { access: HANDLERS },
      schema: { tags, summary: 'Open a report (audited)', params: byId },
    },
    (request) =>
      withReport(request, request.params.id, async (row, reportKey, grant) => {
        const actor = signedInActor(request);
        const view = await reportView(db, row, reportKey);
        const pair = await unlockedKey(db, request);
        const identityVisible = await identityForHandler(db, row, actor, pair);
        wipe(pair.secretKey);
        const history = await db
          .select({ at: auditLog.at, action: auditLog.action, actor: auditLog.actorName })
          .from(auditLog)
          .where(
            and(
              eq(auditLog.entityType, 'report'),
              eq(auditLog.entityId, row.id),
              // Readings stay in the audit log; the report's history shows what was done.
              notInArray(auditLog.action, [
                'report.read',
                'report.attachment_read',
                'identity.read',
              ]),
            ),
          )
          .orderBy(asc(auditLog.id));
        const colleagues = await db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(
            and(
              eq(users.agencyId, row.bodyAgencyId),
              eq(users.active, true),
              arrayOverlaps(users.roles, HANDLERS),
            ),
          );
        const bodies = await db
          .select({ agencyId: agencies.id, name: agencies.name })
          .from(agencies)
          .where(ne(agencies.id, row.bodyAgencyId))
          .orderBy(asc(agencies.code));
        const [assigned] = row.assignedTo
          ? await db
              .select({ id: users.id, name: users.displayName })
              .from(users)
              .where(eq(users.id, row.assignedTo))
          : [];
        const sealedFor = grant === 'body' ? await sealForNewColleagues(db, row, reportKey) : [];
        await recordAuditNow(db, actor, {
          action: 'report.read',
          entityType: 'report',
          entityId: row.id,
          details: sealedFor.length ? { sealedForNewColleagues: sealedFor } : {},
        });
        return {
          ...view,
          access: grant,
          assignedTo: assigned ?? null,
          history,
          colleagues,
          transferable: bodies,
          identity: {
            disclosed: view.identity.disclosed,
            request: await latestIdentityRequest(db, row.id, actor.id),
            visible: identityVisible,
          },
        };
      }),
  );

  r.get(
    '/api/reporting/work/reports/:id/attachments/:attachmentId',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Download a report’s file (audited)',
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, reportKey) => {
        const file = await attachmentOf(db, row, reportKey, request.params.attachmentId);
        await recordAuditNow(db, signedInActor(request), {
          action: 'report.attachment_read',
          entityType: 'report',
          entityId: row.id,
          details: { attachmentId: request.params.attachmentId },
        });
        return sendAttachment(reply, file);
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/assign',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Assign the report to a handler of the body (or nobody)',
        params: byId,
        body: z.object({ userId: z.uuid().nullable() }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, _key, grant) => {
        bodyOnly(grant);
        await assignReport(db, row, signedInActor(request), request.body.userId);
        return reply.status(204).send();
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/status',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Take the report up, or close it with an outcome',
        params: byId,
        body: z.object({
          status: z.enum(['in_progress', 'closed']),
          outcome: z
            .enum(['substantiated', 'partly_substantiated', 'not_substantiated', 'referred'])
            .optional(),
        }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, _key, grant) => {
        bodyOnly(grant);
        await setReportStatus(db, row, signedInActor(request), request.body);
        return reply.status(204).send();
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/transfer',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Transfer the report to another competent body',
        params: byId,
        body: z.object({ agencyId: z.uuid(), reason }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, reportKey, grant) => {
        bodyOnly(grant);
        await transferReport(db, row, reportKey, signedInActor(request), request.body);
        return reply.status(204).send();
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/messages',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Write to the reporter',
        params: byId,
        body: z.object({ text: z.string().max(10_000) }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, reportKey, grant) => {
        bodyOnly(grant);
        const message = await postMessage(
          db,
          row,
          reportKey,
          { author: 'handler', actor: signedInActor(request) },
          request.body.text,
        );
        return reply.status(201).send(message);
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/identity-requests',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Ask a custodian to see the reporter’s identity',
        params: byId,
        body: z.object({ reason }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, _key, grant) => {
        bodyOnly(grant);
        return reply
          .status(201)
          .send(await requestIdentity(db, row, signedInActor(request), request.body.reason));
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/protection',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Open a protection request for the reporter',
        params: byId,
        body: protectionInput,
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, reportKey, grant) => {
        bodyOnly(grant);
        const opened = await openProtection(db, row, reportKey, request.body, {
          openedBy: 'handler',
          actor: signedInActor(request),
        });
        return reply.status(201).send(opened);
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/reward',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Record the reward decision (10% of the sum recovered, at most 1,000,000 som)',
        params: byId,
        body: z.object({
          eligible: z.boolean(),
          recoveredSom: z.number().int().min(0).max(1e12).optional(),
          amountSom: z.number().int().min(1).max(1_000_000).optional(),
          basis: z.string().trim().min(3).max(2000),
          paymentDue: z.iso.date().optional(),
        }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, _key, grant) => {
        bodyOnly(grant);
        await decideReward(db, row, signedInActor(request), request.body);
        return reply.status(204).send();
      }),
  );

  r.post(
    '/api/reporting/work/reports/:id/reward/payment',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Record that the reward was paid',
        params: byId,
        body: z.object({ paidOn: z.iso.date(), reference: z.string().trim().min(1).max(200) }),
      },
    },
    (request, reply) =>
      withReport(request, request.params.id, async (row, _key, grant) => {
        bodyOnly(grant);
        await recordRewardPayment(db, row, signedInActor(request), request.body);
        return reply.status(204).send();
      }),
  );

  r.get(
    '/api/reporting/work/rewards',
    {
      config: { access: HANDLERS },
      schema: {
        tags,
        summary: 'Reward decisions of my body, overdue payments first',
        querystring: z.object({ overdue: z.enum(['true', 'false']).optional(), ...pageQuery }),
      },
    },
    (request) =>
      rewardList(db, request.auth!.user.agencyId ?? '00000000-0000-0000-0000-000000000000', {
        ...request.query,
        overdue: request.query.overdue === 'true',
      }),
  );
}
