import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, signedInActor } from '../../../platform/http/context.ts';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { localizedText } from '../../../platform/i18n/language.ts';
import { BUDGET_BAND, budgetExecution, nationalBudgetShare } from './budget.ts';
import { COUNCIL_WEIGHTS } from './council-effectiveness.ts';
import {
  listMeetings,
  MEETINGS_REQUIRED_PER_YEAR,
  meetingsPerYear,
  recordMeeting,
  removeMeeting,
  updateMeeting,
} from './meetings.ts';
import { evaluateCouncilYear, listCouncils, registerCouncil } from './public-councils.ts';
import { reportingTimeliness } from './timeliness.ts';

const byId = z.object({ id: z.uuid() });
const isoDate = z.iso.date('a date as YYYY-MM-DD');
const year = z.coerce.number().int().min(2021).max(2100);
const url = z.url({ protocol: /^https?$/ }).max(2000);
const moneyView = z.object({ amount: z.string(), currency: z.string() });

const meetingInput = z.object({
  heldOn: isoDate,
  agenda: localizedText,
  decisions: localizedText.nullable().default(null),
  minutesUrl: url.nullable().default(null),
});
const meeting = z.object({
  id: z.string(),
  heldOn: z.string(),
  agenda: localizedText,
  decisions: localizedText.nullable(),
  minutesUrl: z.string().nullable(),
  synthetic: z.boolean(),
});
const count = z.number().int().min(0).max(100_000);
const criteria = z.object({
  meetingsHeld: count,
  recommendationsIssued: count,
  recommendationsAccepted: count,
  draftActsReviewed: count,
  appealsConsidered: count,
  annualReportPublished: z.boolean(),
});
const rating = z.enum(['effective', 'partly_effective', 'ineffective']);
const evaluation = z.object({
  id: z.string(),
  councilId: z.string(),
  year: z.number(),
  criteria,
  score: z.number(),
  rating,
  breakdown: z.array(
    z.object({
      criterion: z.enum(Object.keys(COUNCIL_WEIGHTS) as [keyof typeof COUNCIL_WEIGHTS]),
      weight: z.number(),
      value: z.number(),
      reason: z.string(),
    }),
  ),
  findings: localizedText.nullable(),
  synthetic: z.boolean(),
});
const council = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: localizedText,
  establishedOn: z.string(),
  membersCount: z.number(),
  website: z.string().nullable(),
  synthetic: z.boolean(),
  evaluations: z.array(evaluation),
});

const KEEPERS = ['coordinator', 'admin'] as const;

/**
 * The registers the Plan names: Anti-Corruption Council meetings (item 9), public councils and
 * their effectiveness (item 10), officers' reporting timeliness (item 11) and the anti-corruption
 * budget (item 20). Public to read; kept by the coordinator's working group.
 */
export async function registerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const tags = ['registers'];

  r.get(
    '/api/registers/council-meetings',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Meetings of the Anti-Corruption Council (Plan item 9)',
        querystring: z.object({ year: year.optional(), ...pageQuery }),
        response: {
          200: pageOf(meeting).extend({
            perYear: z.array(
              z.object({
                year: z.number(),
                held: z.number(),
                required: z.number(),
                met: z.boolean(),
              }),
            ),
            requiredPerYear: z.number(),
          }),
        },
      },
    },
    async (request) => ({
      ...(await listMeetings(db, request.query)),
      perYear: await meetingsPerYear(db),
      requiredPerYear: MEETINGS_REQUIRED_PER_YEAR,
    }),
  );

  r.post(
    '/api/registers/council-meetings',
    {
      config: { access: [...KEEPERS] },
      schema: {
        tags,
        summary: 'Record a meeting of the Anti-Corruption Council',
        body: meetingInput,
        response: { 201: meeting },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordMeeting(db, signedInActor(request), request.body)),
  );

  r.patch(
    '/api/registers/council-meetings/:id',
    {
      config: { access: [...KEEPERS] },
      schema: {
        tags,
        summary: 'Correct a recorded meeting',
        params: byId,
        body: meetingInput.partial().refine((b) => Object.keys(b).length > 0, 'nothing to change'),
        response: { 200: meeting },
      },
    },
    async (request) => updateMeeting(db, actorOf(request), request.params.id, request.body),
  );

  r.delete(
    '/api/registers/council-meetings/:id',
    {
      config: { access: [...KEEPERS] },
      schema: { tags, summary: 'Remove a meeting entered by mistake', params: byId },
    },
    async (request, reply) => {
      await removeMeeting(db, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/registers/public-councils',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Public councils of state bodies and their effectiveness (Plan item 10)',
        querystring: z.object({ agencyId: z.uuid().optional(), ...pageQuery }),
        response: { 200: pageOf(council) },
      },
    },
    async (request) => listCouncils(db, request.query),
  );

  r.post(
    '/api/registers/public-councils',
    {
      config: { access: [...KEEPERS] },
      schema: {
        tags,
        summary: 'Register the public council of a state body',
        body: z.object({
          agencyId: z.uuid(),
          establishedOn: isoDate,
          membersCount: z.number().int().min(1).max(500),
          website: url.nullable().default(null),
        }),
        response: { 201: council.omit({ agencyName: true }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerCouncil(db, actorOf(request), request.body)),
  );

  r.post(
    '/api/registers/public-councils/:id/evaluations',
    {
      config: { access: [...KEEPERS] },
      schema: {
        tags,
        summary: "Evaluate a public council's effectiveness for a year, by the methodology",
        params: byId,
        body: z.object({
          year: z.number().int().min(2021).max(2100),
          criteria,
          findings: localizedText.nullable().default(null),
        }),
        response: { 201: evaluation },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await evaluateCouncilYear(db, signedInActor(request), request.params.id, request.body),
        ),
  );

  r.get(
    '/api/registers/reporting-timeliness',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "Whether agencies' anti-corruption officers report on time (Plan item 11)",
        querystring: z.object({ year }),
        response: {
          200: z.object({
            year: z.number(),
            agencies: z.array(
              z.object({
                agencyId: z.string(),
                agencyCode: z.string(),
                agencyName: localizedText,
                synthetic: z.boolean(),
                due: z.number(),
                onTime: z.number(),
                late: z.number(),
                missing: z.number(),
                onTimeShare: z.number().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      year: request.query.year,
      agencies: await reportingTimeliness(db, request.query.year),
    }),
  );

  r.get(
    '/api/registers/budget',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Anti-corruption budget planned against executed (Plan item 20: 95-100%)',
        querystring: z.object({ year }),
        response: {
          200: z.object({
            year: z.number(),
            band: z.object({ from: z.number(), to: z.number() }),
            executionShare: z.number().nullable(),
            agencies: z.array(
              z.object({
                agencyId: z.string(),
                agencyCode: z.string(),
                agencyName: localizedText,
                synthetic: z.boolean(),
                measures: z.number(),
                planned: moneyView,
                executed: moneyView,
                executionShare: z.number().nullable(),
                withinBand: z.boolean().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const agencies = await budgetExecution(db, request.query.year);
      return {
        year: request.query.year,
        band: BUDGET_BAND,
        executionShare: nationalBudgetShare(agencies),
        agencies,
      };
    },
  );
}
