import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAuditNow } from '../../../platform/audit/service.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageQuery } from '../../../platform/http/pagination.ts';
import { localizedText } from '../../../platform/i18n/language.ts';
import type { AllocationOutcome } from '../cases/allocate.ts';
import { reallocateCase, recordRecusal } from '../cases/reallocate.ts';
import { registerCase } from '../cases/register.ts';
import { SPECIALISATIONS } from '../config/categories.ts';
import { addAbsence, addJudge, changeJudge } from '../config/judges.ts';
import { courtByCode, createChamber, createCourt, publishRules } from '../config/publish.ts';
import type { LogEntry } from '../engine/types.ts';
import { CASE_STATUSES, caseDetail, listCases } from '../read/cases.ts';
import { day } from './public.ts';

const tags = ['courts'];
/** Who runs allocation and publishes its criteria (docs/mission.md). */
export const COURT_ADMINS: readonly Role[] = ['court_admin'];
const byCode = z.object({ code: z.string().trim().min(1).max(40) });
const byId = z.object({ id: z.uuid() });
const text = (max: number, what: string) =>
  z
    .string(`${what} is required`)
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is at most ${max} characters`);
const specialisations = z
  .array(z.enum(SPECIALISATIONS), 'name at least one specialisation')
  .min(1, 'name at least one specialisation');
const loadPercent = z.number().int().min(1, 'load is at least 1%').max(100, 'load is at most 100%');

const party = z.object({
  role: z.enum(['claimant', 'defendant', 'accused', 'victim', 'third-party']),
  name: text(300, 'the party name'),
  identifier: z
    .string()
    .trim()
    .regex(/^\d{14}$/, 'a PIN or INN is 14 digits')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

const rules = z.object({
  baseLoad: z.number().int().min(1, 'the base load is at least 1').max(10_000),
  workloadWindowDays: z.number().int().min(1).max(3650),
  categoryPoints: z.record(z.string(), z.number().int().min(1, 'points are at least 1').max(100)),
  smallEligibleSet: z.number().int().min(0).max(100),
  absenceCluster: z.object({
    days: z.number().int().min(1).max(365),
    sharePercent: z.number().int().min(1).max(100),
  }),
  repeatedFilingDays: z.number().int().min(1).max(3650),
});

/** What an allocation step answers: the judge drawn, or the failure with every judge's reason. */
function outcomeView(result: { entry: LogEntry; outcome: AllocationOutcome } | null) {
  const o = result?.outcome;
  return {
    allocation:
      o?.kind === 'allocation'
        ? { judge: o.judge, eligibleCount: o.eligible.length, seq: result!.entry.seq }
        : null,
    failure:
      o?.kind === 'allocation-failed'
        ? { reason: 'no-eligible-judge', excluded: o.excluded }
        : null,
  };
}

/**
 * The court administrator's work: register cases (allocated at once), record recusals and
 * re-allocate on a recorded legal ground, keep judges and absences, publish the rules. There is
 * no route that names the judge of a case: allocation has no manual input.
 */
export async function workCourtRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const access = COURT_ADMINS;

  r.post(
    '/api/courts',
    {
      config: { access: ['admin', 'court_admin'] },
      schema: {
        tags,
        summary: 'Add a court',
        body: z.object({
          code: z
            .string()
            .trim()
            .regex(/^[a-z0-9-]{2,40}$/, 'the code is 2-40 lower-case letters, digits or dashes'),
          name: localizedText,
          instance: z.enum(['first', 'appeal', 'cassation']),
        }),
      },
    },
    async (request, reply) => {
      const court = await createCourt(db, request.body, signedInActor(request));
      return reply.code(201).send({ id: court.id, code: court.code });
    },
  );

  r.post(
    '/api/courts/:code/chambers',
    {
      config: { access: ['admin', 'court_admin'] },
      schema: {
        tags,
        summary: 'Add a chamber to a court',
        params: byCode,
        body: z.object({ name: localizedText, specialisation: z.enum(SPECIALISATIONS) }),
      },
    },
    async (request, reply) => {
      const chamber = await createChamber(
        db,
        request.params.code,
        request.body,
        signedInActor(request),
      );
      return reply.code(201).send({ id: chamber.id });
    },
  );

  r.get(
    '/api/courts/:code/cases',
    {
      config: { access },
      schema: {
        tags,
        summary: "The court's register of cases (with parties)",
        params: byCode,
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          status: z.enum(CASE_STATUSES).optional(),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const court = await courtByCode(db, request.params.code);
      const { page, pageSize, ...filter } = request.query;
      return listCases(db, court.id, filter, { page, pageSize });
    },
  );

  r.post(
    '/api/courts/:code/cases',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Register a case; it is allocated at once by the published rules',
        params: byCode,
        body: z.object({
          category: z.string().trim().min(1, 'choose a category').max(60),
          claim: text(2000, 'the claim'),
          parties: z.array(party).min(1, 'name at least one party').max(50),
          earlierCaseNumber: z.string().trim().max(60).optional().nullable(),
        }),
      },
    },
    async (request, reply) => {
      const result = await registerCase(
        db,
        request.params.code,
        request.body,
        signedInActor(request),
      );
      return reply.code(201).send({ case: result.case, ...outcomeView(result) });
    },
  );

  r.get(
    '/api/courts/cases/:id',
    {
      config: { access },
      schema: { tags, summary: 'A case with its parties and its allocation history', params: byId },
    },
    async (request) => {
      const detail = await caseDetail(db, request.params.id);
      // The parties are personal data: each reading is on record.
      await recordAuditNow(db, signedInActor(request), {
        action: 'court.case.read',
        entityType: 'court_case',
        entityId: detail.id,
      });
      return detail;
    },
  );

  r.post(
    '/api/courts/cases/:id/recusals',
    {
      config: { access },
      schema: {
        tags,
        summary: "Record a judge's recusal; the case is re-allocated if it is theirs",
        params: byId,
        body: z.object({
          judge: z.uuid('choose the judge'),
          note: text(2000, 'the grounds of the recusal'),
        }),
      },
    },
    async (request, reply) => {
      const result = await recordRecusal(
        db,
        request.params.id,
        request.body,
        signedInActor(request),
      );
      return reply
        .code(201)
        .send({ recusalSeq: result.recusalSeq, ...outcomeView(result.allocation) });
    },
  );

  r.post(
    '/api/courts/cases/:id/reallocation',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Re-allocate a case whose judge has left or is absent (the ground must be on record)',
        params: byId,
        body: z.object({
          reason: z.enum(['judge_left', 'judge_absent']),
          note: text(2000, 'the note'),
        }),
      },
    },
    async (request, reply) => {
      const result = await reallocateCase(
        db,
        request.params.id,
        request.body,
        signedInActor(request),
      );
      return reply.code(201).send(outcomeView(result));
    },
  );

  r.post(
    '/api/courts/:code/judges',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Add a judge (in office from tomorrow)',
        params: byCode,
        body: z.object({
          name: text(300, 'the name'),
          pin: z
            .string()
            .trim()
            .regex(/^\d{14}$/, 'a PIN is 14 digits')
            .optional()
            .nullable(),
          chamber: z.uuid('choose the chamber'),
          specialisations,
          loadPercent: loadPercent.default(100),
        }),
      },
    },
    async (request, reply) => {
      const judge = await addJudge(db, request.params.code, request.body, signedInActor(request));
      return reply.code(201).send({ id: judge.id, effectiveFrom: judge.effectiveFrom });
    },
  );

  r.patch(
    '/api/courts/judges/:id',
    {
      config: { access },
      schema: {
        tags,
        summary: "Change a judge's chamber, specialisations, load or status (from tomorrow)",
        params: byId,
        body: z
          .object({
            chamber: z.uuid().optional(),
            specialisations: specialisations.optional(),
            loadPercent: loadPercent.optional(),
            status: z.enum(['active', 'left']).optional(),
          })
          .refine(
            (b) => Object.values(b).some((v) => v !== undefined),
            'change at least one field',
          ),
      },
    },
    async (request) => {
      const judge = await changeJudge(db, request.params.id, request.body, signedInActor(request));
      return { id: judge.id, effectiveFrom: judge.effectiveFrom };
    },
  );

  r.post(
    '/api/courts/judges/:id/absences',
    {
      config: { access },
      schema: {
        tags,
        summary: "Record a judge's absence (counts from tomorrow)",
        params: byId,
        body: z.object({
          kind: z.enum(['leave', 'sickness', 'training', 'other']),
          from: day('the first day'),
          to: day('the last day'),
        }),
      },
    },
    async (request, reply) => {
      const absence = await addAbsence(db, request.params.id, request.body, signedInActor(request));
      return reply.code(201).send({ id: absence.id, effectiveFrom: absence.effectiveFrom });
    },
  );

  r.post(
    '/api/courts/rules',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Publish a new version of the allocation rules (in force from tomorrow)',
        body: rules,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await publishRules(db, request.body, signedInActor(request))),
  );
}
