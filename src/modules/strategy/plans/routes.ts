import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { jsonCache } from '../../../platform/http/cached-json.ts';
import { actorOf } from '../../../platform/http/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { localizedText } from '../../../platform/i18n/language.ts';
import { moneyInput } from '../../../platform/money.ts';
import { EXECUTION_STATUSES, REPORT_ACTIONS, REPORT_STATES } from '../reporting/engine.ts';
import { INDICATOR_UNITS } from '../reporting/units.ts';
import { addEvidence, downloadEvidence, listEvidence, removeEvidence } from './evidence.ts';
import { updateMeasure } from './measure-progress.ts';
import { agencyOfficers } from './officers.ts';
import {
  addMeasure,
  changePeriodWindow,
  createPlan,
  getMeasure,
  getPlan,
  listPeriods,
  listPlans,
  measureView,
  openPeriod,
  PERIOD_KINDS,
  PLAN_KINDS,
} from './plans.ts';
import { listReports } from './queue.ts';
import { executionScores, measureScore } from './rating.ts';
import { actOnReport, editReport, getReport, reportHistory, startReport } from './reports.ts';

const byId = z.object({ id: z.uuid() });
const moneyView = z.object({ amount: z.string(), currency: z.string() }).nullable();
const plan = z.object({
  id: z.string(),
  agencyId: z.string(),
  kind: z.enum(PLAN_KINDS),
  title: localizedText,
  yearFrom: z.number(),
  yearTo: z.number(),
  synthetic: z.boolean(),
});
const measure = z.object({
  id: z.string(),
  planId: z.string(),
  activityCode: z.string().nullable(),
  title: localizedText,
  agencyId: z.string(),
  responsibleUserId: z.string().nullable(),
  deadline: z.string(),
  plannedBudget: moneyView,
  executedBudget: moneyView,
  synthetic: z.boolean(),
});
const period = z.object({
  id: z.string(),
  kind: z.enum(PERIOD_KINDS),
  year: z.number(),
  number: z.number(),
  opensAt: z.string(),
  closesAt: z.string(),
  open: z.boolean(),
});
const narrative = z
  .object({
    ky: z.string().trim().max(20_000).optional(),
    ru: z.string().trim().max(20_000).optional(),
  })
  .refine((n) => !!(n.ky || n.ru), 'write the narrative in Kyrgyz or Russian');
const indicatorValue = z.object({
  indicatorCode: z.string().regex(/^\d+\.\d+\.\d+$/, 'a Plan indicator code such as 2.1.1'),
  value: z.number().finite(),
  unit: z.enum(INDICATOR_UNITS),
});
const reportContent = z.object({
  executionStatus: z.enum(EXECUTION_STATUSES),
  narrative,
  indicatorValues: z.array(indicatorValue).max(100).default([]),
});
const report = z.object({
  id: z.string(),
  measureId: z.string(),
  periodId: z.string(),
  version: z.number(),
  state: z.enum(REPORT_STATES),
  executionStatus: z.enum(EXECUTION_STATUSES),
  narrative: z.object({ ky: z.string().optional(), ru: z.string().optional() }),
  indicatorValues: z.array(indicatorValue),
  authorId: z.string(),
  reviewComment: z.string().nullable(),
  previousId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  actions: z.array(z.enum(REPORT_ACTIONS)),
});
const year = z.number().int().min(2021).max(2100);
/** A moment with its offset, e.g. 2025-01-31T18:00:00Z or 2025-02-01T00:00:00+06:00. */
const instant = z.iso
  .datetime({ offset: true, message: 'a date and time with its offset, e.g. 2025-01-31T18:00:00Z' })
  .transform((v) => new Date(v));
const queueItem = z.object({
  id: z.string(),
  measureId: z.string(),
  periodId: z.string(),
  version: z.number(),
  state: z.enum(REPORT_STATES),
  executionStatus: z.enum(EXECUTION_STATUSES),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  measure: z.object({
    id: z.string(),
    planId: z.string(),
    title: localizedText,
    activityCode: z.string().nullable(),
    deadline: z.string(),
  }),
  agency: z.object({ id: z.string(), name: localizedText, shortName: localizedText }),
  period: z.object({ kind: z.enum(PERIOD_KINDS), year: z.number(), number: z.number() }),
});

/** Agency plans, their measures, reporting periods and the unified reports. */
export async function planRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const tags = ['plans and reports'];

  r.get(
    '/api/plans',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Anti-corruption plans of agencies',
        querystring: z.object({ agencyId: z.uuid().optional(), ...pageQuery }),
        response: { 200: pageOf(plan) },
      },
    },
    async (request) => listPlans(db, request.query),
  );

  r.get(
    '/api/plans/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'A plan with its measures',
        params: byId,
        response: { 200: plan.extend({ measures: z.array(measure) }) },
      },
    },
    async (request) => getPlan(db, request.params.id),
  );

  r.post(
    '/api/plans',
    {
      config: { access: ['officer', 'coordinator', 'admin'] },
      schema: {
        tags,
        summary: 'Create a plan (an officer for their own agency; coordinators for any)',
        body: z.object({
          agencyId: z.uuid(),
          kind: z.enum(PLAN_KINDS),
          title: localizedText,
          yearFrom: year,
          yearTo: year,
        }),
        response: { 201: plan },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createPlan(db, request.auth!.user, actorOf(request), request.body)),
  );

  r.get(
    '/api/agencies/:id/officers',
    {
      config: { access: ['officer', 'coordinator', 'admin'] },
      schema: {
        tags,
        summary: "An agency's active anti-corruption officers, to entrust measures to",
        params: byId,
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
        },
      },
    },
    async (request) => agencyOfficers(db, request.auth!.user, request.params.id),
  );

  r.patch(
    '/api/measures/:id',
    {
      config: { access: ['officer', 'coordinator', 'admin'] },
      schema: {
        tags,
        summary: "Record a measure's executed budget or change who answers for it",
        params: byId,
        body: z
          .object({
            executedBudget: moneyInput.nullable().optional(),
            responsibleUserId: z.uuid().nullable().optional(),
          })
          .refine((b) => Object.keys(b).length > 0, 'nothing to change'),
        response: { 200: measure },
      },
    },
    async (request) =>
      updateMeasure(db, request.auth!.user, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/plans/:id/measures',
    {
      config: { access: ['officer', 'coordinator', 'admin'] },
      schema: {
        tags,
        summary: 'Add a measure to a plan, linked to the Plan activity it carries out',
        params: byId,
        body: z.object({
          activityCode: z
            .string()
            .regex(/^\d+\.\d+$/)
            .nullable()
            .default(null),
          title: localizedText,
          deadline: z.iso.date(),
          responsibleUserId: z.uuid().nullable().default(null),
          plannedBudget: moneyInput.nullable().default(null),
        }),
        response: { 201: measure },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addMeasure(
            db,
            request.auth!.user,
            actorOf(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  r.get(
    '/api/measures/:id',
    {
      config: { access: 'anyone' },
      schema: { tags, summary: 'One measure of a plan', params: byId, response: { 200: measure } },
    },
    async (request) => measureView(await getMeasure(db, request.params.id)),
  );

  r.get(
    '/api/reporting-periods',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Reporting periods and whether their window is open',
        response: { 200: z.object({ items: z.array(period) }) },
      },
    },
    async () => ({ items: await listPeriods(db) }),
  );

  r.post(
    '/api/reporting-periods',
    {
      config: { access: ['coordinator', 'admin'] },
      schema: {
        tags,
        summary: 'Open a reporting period with its window',
        body: z.object({
          kind: z.enum(PERIOD_KINDS),
          year,
          number: z.number().int().min(1).max(4),
          opensAt: instant,
          closesAt: instant,
        }),
        response: { 201: period },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openPeriod(db, actorOf(request), request.body)),
  );

  r.patch(
    '/api/reporting-periods/:id',
    {
      config: { access: ['coordinator', 'admin'] },
      schema: {
        tags,
        summary: "Move a reporting period's window (opens and/or closes)",
        params: byId,
        body: z
          .object({ opensAt: instant, closesAt: instant })
          .partial()
          .strict()
          .refine((b) => b.opensAt || b.closesAt, 'give opensAt, closesAt or both'),
        response: { 200: period },
      },
    },
    async (request) => changePeriodWindow(db, actorOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/reports',
    {
      config: { access: ['officer', 'coordinator', 'admin'] },
      schema: {
        tags,
        summary:
          'Reports across measures: the review queue (?state=submitted); officers see their own agency only',
        querystring: z.object({
          state: z.enum(REPORT_STATES).optional(),
          agencyId: z.uuid().optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(queueItem) },
      },
    },
    async (request) => listReports(db, request.auth!.user, request.query),
  );

  r.get(
    '/api/measures/:id/reports',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          "A measure's report versions, newest first (unpublished ones for its agency and coordinators)",
        params: byId,
        response: { 200: z.object({ items: z.array(report) }) },
      },
    },
    async (request) => ({ items: await reportHistory(db, request.auth?.user, request.params.id) }),
  );

  r.post(
    '/api/measures/:id/reports',
    {
      config: { access: ['officer'] },
      schema: {
        tags,
        summary: 'Start the unified report on a measure for a period (a draft)',
        params: byId,
        body: reportContent.extend({ periodId: z.uuid() }),
        response: { 201: report },
      },
    },
    async (request, reply) => {
      const { periodId, ...content } = request.body;
      const created = await startReport(
        db,
        request.auth!.user,
        actorOf(request),
        request.params.id,
        periodId,
        content,
      );
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/reports/:id',
    {
      config: { access: 'anyone' },
      schema: { tags, summary: 'One report version', params: byId, response: { 200: report } },
    },
    async (request) => getReport(db, request.auth?.user, request.params.id),
  );

  r.patch(
    '/api/reports/:id',
    {
      config: { access: ['officer'] },
      schema: {
        tags,
        summary: 'Edit a draft or returned report',
        params: byId,
        body: reportContent.partial().strict(),
        response: { 200: report },
      },
    },
    async (request) =>
      editReport(db, request.auth!.user, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/reports/:id/actions',
    {
      config: { access: ['officer', 'coordinator'] },
      schema: {
        tags,
        summary:
          'submit, return (with a comment), verify, publish, or correct (starts a new version)',
        params: byId,
        body: z.object({
          action: z.enum(['submit', 'return', 'verify', 'publish', 'correct']),
          comment: z.string().trim().max(5000).optional(),
        }),
        response: { 200: report },
      },
    },
    async (request) =>
      actOnReport(
        db,
        request.auth!.user,
        actorOf(request),
        request.params.id,
        request.body.action,
        request.body.comment,
      ),
  );

  const evidence = z.object({
    id: z.string(),
    reportId: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    uploadedAt: z.string(),
  });

  r.get(
    '/api/reports/:id/evidence',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "A report's evidence files",
        params: byId,
        response: { 200: z.object({ items: z.array(evidence) }) },
      },
    },
    async (request) => {
      await getReport(db, request.auth?.user, request.params.id); // 404 unless the caller may see it
      return { items: await listEvidence(db, request.params.id) };
    },
  );

  r.post(
    '/api/reports/:id/evidence',
    {
      config: { access: ['officer'] },
      schema: {
        tags,
        summary:
          'Attach an evidence file (multipart field "file"; PDF, images, office documents, CSV or text, up to 10 MiB)',
        consumes: ['multipart/form-data'],
        params: byId,
        response: { 201: evidence },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError(415, 'unsupported_media_type', {
          expected: 'multipart/form-data with a "file" field',
        });
      }
      const file = await request.file();
      if (file?.fieldname !== 'file')
        throw new AppError(400, 'validation_failed', { file: 'missing' });
      const bytes = new Uint8Array(await file.toBuffer());
      const added = await addEvidence(db, request.auth!.user, actorOf(request), request.params.id, {
        filename: file.filename,
        bytes,
      });
      return reply.status(201).send(added);
    },
  );

  r.get(
    '/api/evidence/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Download an evidence file (always as an attachment)',
        params: byId,
      },
    },
    async (request, reply) => {
      const file = await downloadEvidence(
        db,
        request.auth?.user,
        actorOf(request),
        request.params.id,
      );
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('x-checksum-sha256', file.sha256)
        .send(Buffer.from(file.content));
    },
  );

  r.delete(
    '/api/evidence/:id',
    {
      config: { access: ['officer'] },
      schema: {
        tags,
        summary: 'Remove an evidence file from a draft or returned report',
        params: byId,
      },
    },
    async (request, reply) => {
      await removeEvidence(db, request.auth!.user, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  const group = {
    score: z.number().nullable(),
    measures: z.number(),
    overdue: z.number(),
    unverified: z.number(),
  };
  const scoresView = z.object({
    asOf: z.string(),
    agencies: z.array(
      z.object({
        rank: z.number(),
        agencyId: z.string(),
        agencyName: localizedText.nullable(),
        ...group,
      }),
    ),
    items: z.array(z.object({ itemNumber: z.number(), ...group })),
    directions: z.array(z.object({ directionNumber: z.number(), ...group })),
  });
  const scoresJson = jsonCache(scoresView, 1);

  r.get(
    '/api/strategy/scores',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Execution scores: the national rating of agencies, and scores per Plan item and direction',
        response: { 200: scoresView },
      },
    },
    async (_request, reply) => {
      // The scores are reused until they change; so is their JSON.
      const value = await executionScores(db);
      return scoresJson.send(reply, value, '', () => value);
    },
  );

  r.get(
    '/api/measures/:id/score',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "A measure's execution score with the reason behind each component",
        params: byId,
        response: {
          200: z.object({
            measureId: z.string(),
            score: z.number().nullable(),
            overdue: z.boolean(),
            unverified: z.boolean(),
            components: z.array(
              z.object({
                component: z.string(),
                weight: z.number(),
                value: z.number().nullable(),
                reason: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => measureScore(db, request.params.id),
  );
}
