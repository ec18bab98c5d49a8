import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../platform/http/context.ts';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { localizedText } from '../../../platform/i18n/language.ts';
import { EXECUTION_STATUSES, REPORT_ACTIONS, REPORT_STATES } from '../reporting/engine.ts';
import { INDICATOR_UNITS } from '../reporting/units.ts';
import {
  addMember,
  listMembers,
  listOrganisations,
  organisationsOf,
  registerOrganisation,
  removeMember,
} from './organisations.ts';
import {
  ASSESSMENTS,
  alongside,
  fileAlternativeReport,
  listAlternativeReports,
} from './reports.ts';

const byId = z.object({ id: z.uuid() });
const webAddress = z.httpUrl().max(2000);

const organisation = z.object({
  id: z.string(),
  name: localizedText,
  registrationNumber: z.string(),
  website: z.string().nullable(),
  synthetic: z.boolean(),
  createdAt: z.string(),
});

const assessmentText = z
  .object({
    ky: z.string().trim().max(20_000).optional(),
    ru: z.string().trim().max(20_000).optional(),
  })
  .strict()
  .refine((t) => !!(t.ky || t.ru), 'write the assessment in Kyrgyz or Russian');

const alternativeReport = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: localizedText,
  organisationRegistrationNumber: z.string(),
  organisationSynthetic: z.boolean(),
  itemNumber: z.number().nullable(),
  measureId: z.string().nullable(),
  // The measure assessed, so a reader can find it: its title and the agency whose plan holds it.
  measure: z
    .object({
      id: z.string(),
      title: localizedText,
      agencyId: z.string(),
      agencyName: localizedText,
      planId: z.string(),
    })
    .nullable(),
  assessment: z.enum(ASSESSMENTS),
  text: z.object({ ky: z.string().optional(), ru: z.string().optional() }),
  evidenceUrl: z.string().nullable(),
  createdAt: z.string(),
});

// The official report as /api/reports/:id answers it (published versions only here).
const officialReport = z.object({
  id: z.string(),
  measureId: z.string(),
  periodId: z.string(),
  version: z.number(),
  state: z.enum(REPORT_STATES),
  executionStatus: z.enum(EXECUTION_STATUSES),
  narrative: z.object({ ky: z.string().optional(), ru: z.string().optional() }),
  indicatorValues: z.array(
    z.object({ indicatorCode: z.string(), value: z.number(), unit: z.enum(INDICATOR_UNITS) }),
  ),
  authorId: z.string(),
  reviewComment: z.string().nullable(),
  previousId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  actions: z.array(z.enum(REPORT_ACTIONS)),
});

/** Civil-society organisations and their alternative reports, shown beside the official ones. */
export async function alternativeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const tags = ['alternative reports'];

  r.post(
    '/api/admin/organisations',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'Register a civil-society organisation (409 if its registration number is taken)',
        body: z.object({
          name: localizedText,
          registrationNumber: z.string().trim().min(1).max(100),
          website: webAddress.nullable().default(null),
        }),
        response: { 201: organisation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerOrganisation(db, actorOf(request), request.body)),
  );

  r.get(
    '/api/organisations',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Registered civil-society organisations, searched by name or registration number',
        querystring: z.object({ q: z.string().trim().max(100).optional(), ...pageQuery }),
        response: { 200: pageOf(organisation) },
      },
    },
    async (request) => listOrganisations(db, request.query),
  );

  r.post(
    '/api/admin/organisations/:id/members',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: "Add an account holding the role 'public' as a member of an organisation",
        params: byId,
        body: z.object({ userId: z.uuid() }),
        response: {
          201: z.object({ organisationId: z.string(), userId: z.string(), addedAt: z.string() }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMember(db, actorOf(request), request.params.id, request.body.userId)),
  );

  r.get(
    '/api/admin/organisations/:id/members',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: "An organisation's members, in the order they were added",
        params: byId,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                userId: z.string(),
                username: z.string(),
                displayName: z.string(),
                addedAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => listMembers(db, request.params.id),
  );

  r.delete(
    '/api/admin/organisations/:id/members/:userId',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['admin'],
        summary: 'End a membership (reports already filed stay); 404 if not a member',
        params: z.object({ id: z.uuid(), userId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await removeMember(db, actorOf(request), request.params.id, request.params.userId);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/account/organisations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The organisations I may file alternative reports for (empty if none)',
        response: { 200: z.object({ items: z.array(organisation) }) },
      },
    },
    async (request) => organisationsOf(db, request.auth!.user.id),
  );

  r.post(
    '/api/alternative-reports',
    {
      config: { access: ['public'] },
      schema: {
        tags,
        summary:
          "File an organisation's assessment of a Plan item or of a measure (members only; final once filed)",
        body: z
          .object({
            organisationId: z.uuid(),
            itemNumber: z.number().int().min(1).max(1000).nullish(),
            measureId: z.uuid().nullish(),
            assessment: z.enum(ASSESSMENTS),
            text: assessmentText,
            evidenceUrl: webAddress.nullish(),
          })
          .strict()
          .refine((b) => (b.itemNumber == null) !== (b.measureId == null), {
            message: 'give exactly one of itemNumber or measureId',
            path: ['itemNumber'],
          }),
        response: { 201: alternativeReport },
      },
    },
    async (request, reply) => {
      const { itemNumber, measureId, evidenceUrl, ...rest } = request.body;
      const filed = await fileAlternativeReport(db, request.auth!.user, actorOf(request), {
        ...rest,
        itemNumber: itemNumber ?? null,
        measureId: measureId ?? null,
        evidenceUrl: evidenceUrl ?? null,
      });
      return reply.status(201).send(filed);
    },
  );

  r.get(
    '/api/alternative-reports',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Alternative reports, newest first, by Plan item, measure or organisation, searched by text or organisation',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          itemNumber: z.coerce.number().int().min(1).max(1000).optional(),
          measureId: z.uuid().optional(),
          organisationId: z.uuid().optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(alternativeReport) },
      },
    },
    async (request) => listAlternativeReports(db, request.query),
  );

  r.get(
    '/api/measures/:id/alongside',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          "A measure's newest published official report beside the alternative reports on it",
        params: byId,
        response: {
          200: z.object({
            measureId: z.string(),
            official: officialReport.nullable(),
            alternative: z.array(alternativeReport),
            alternativeTotal: z.number().int(),
          }),
        },
      },
    },
    async (request) => alongside(db, request.params.id),
  );
}
