import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../../platform/auth/roles.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { pageOf, pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { BAR_STATES, bishkekDay, identifierOf, startOfBishkekDay } from '../barred/matcher.ts';
import { RESTRICTIONS } from '../barred/restrictions.ts';
import {
  BARRED_SORTS,
  BARRED_STATE_FILTERS,
  type BarredSort,
  barredEntitiesOn,
  getBarred,
  liftBar,
  listBarred,
  recordBar,
} from '../barred/service.ts';

const tags = ['procurement'];
/** Who keeps the register: the prosecutor's office, which receives the court decisions, and admins. */
export const BAR_KEEPERS: readonly Role[] = ['prosecutor', 'admin'];

const byId = z.object({ id: z.uuid() });
const text = (max: number, what: string) =>
  z
    .string(`${what} is required`)
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} is at most ${max} characters`);
const day = (what: string) => z.iso.date(`${what}: a date as YYYY-MM-DD`);

const entry = z.object({
  id: z.string(),
  name: z.string(),
  identifier: z.string(),
  country: z.string(),
  court: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  ground: z.string(),
  restrictions: z.array(z.enum(RESTRICTIONS)),
  barredFrom: z.string(),
  barredUntil: z.string().nullable(),
  liftedAt: z.string().nullable(),
  liftedReason: z.string().nullable(),
  state: z.enum(BAR_STATES),
  recordedAt: z.string(),
  synthetic: z.boolean(),
});
const detail = entry.extend({
  history: z.array(
    z.union([
      z.object({ event: z.literal('recorded'), at: z.string() }),
      z.object({ event: z.literal('lifted'), at: z.string(), reason: z.string().nullable() }),
    ]),
  ),
  updatedAt: z.string(),
});

/** A court decision as the prosecutor records it; the clock is read per request. */
const newBar = z
  .object({
    name: text(500, 'the name of the legal entity'),
    identifier: z
      .string('the INN is required')
      .trim()
      .regex(/^\d{14}$/, 'the INN of a legal entity is 14 digits'),
    court: text(300, 'the court'),
    decisionNumber: text(100, 'the decision number'),
    decisionDate: day('the decision date'),
    ground: text(5000, 'the legal ground (offence and article)'),
    restrictions: z
      .array(z.enum(RESTRICTIONS), 'name at least one restriction')
      .min(1, 'name at least one restriction')
      .max(RESTRICTIONS.length),
    barredFrom: day('the first day of the bar'),
    barredUntil: day('the last day of the bar').nullable().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.decisionDate > bishkekDay(new Date())) {
      ctx.addIssue({
        code: 'custom',
        path: ['decisionDate'],
        message: 'the decision date is in the future',
      });
    }
    if (b.barredUntil && b.barredUntil < b.barredFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['barredUntil'],
        message: 'the last day of the bar is before its first day',
      });
    }
  });

// A day (the start of that Bishkek day; today means now) or a moment with its offset.
const checkMoment = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], 'a date as YYYY-MM-DD or a moment')
  .optional();

function momentOf(value: string | undefined, now: Date): Date {
  if (!value) return now;
  if (value.length === 10) return value === bishkekDay(now) ? now : startOfBishkekDay(value);
  return new Date(value);
}

/**
 * The register of legal entities barred for corruption offences (Plan item 16): public to read
 * and to check; kept by the prosecutor's office and admins, every change audited.
 */
export async function barredRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/barred-entities',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Legal entities barred for corruption offences from procurement, tenders, auctions, state loans, subsidies or tax benefits',
        querystring: z.object({
          q: z.string().trim().max(200).optional(),
          state: z.enum(BARRED_STATE_FILTERS).default('all'),
          restriction: z.enum(RESTRICTIONS).optional(),
          sort: sortParam(BARRED_SORTS),
          ...pageQuery,
        }),
        response: { 200: pageOf(entry) },
      },
    },
    async (request) => {
      const q = request.query;
      return listBarred(db, {
        ...q,
        sort: q.sort
          ? parseSort<BarredSort>(q.sort, 'decisionDate')
          : { field: 'decisionDate', descending: true },
      });
    },
  );

  r.get(
    '/api/barred-entities/check',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Is this legal entity barred (on a date, from a restriction)? Any agency checks before an award, loan, subsidy or tax benefit',
        querystring: z.object({
          identifier: z
            .string('the INN is required')
            .trim()
            .refine(
              (v) => identifierOf(v) !== null,
              'the INN of a legal entity is 14 digits (a scheme prefix such as KG-INN- is accepted)',
            ),
          date: checkMoment,
          restriction: z.enum(RESTRICTIONS).optional(),
        }),
        response: {
          200: z.object({
            identifier: z.string(),
            at: z.string(),
            restriction: z.enum(RESTRICTIONS).nullable(),
            barred: z.boolean(),
            bars: z.array(entry),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const at = momentOf(q.date, new Date());
      const bars = await barredEntitiesOn(db, [q.identifier], at, q.restriction);
      return {
        identifier: identifierOf(q.identifier)!,
        at: at.toISOString(),
        restriction: q.restriction ?? null,
        barred: bars.length > 0,
        bars,
      };
    },
  );

  r.get(
    '/api/barred-entities/:id',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'One barred entity: the court decision, the legal ground, the period and history',
        params: byId,
        response: { 200: detail },
      },
    },
    async (request) => getBarred(db, request.params.id),
  );

  r.post(
    '/api/barred-entities',
    {
      config: { access: BAR_KEEPERS },
      schema: {
        tags,
        summary: 'Record a bar from a court decision',
        body: newBar,
        response: { 201: detail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordBar(db, signedInActor(request), request.body)),
  );

  r.post(
    '/api/barred-entities/:id/lift',
    {
      config: { access: BAR_KEEPERS },
      schema: {
        tags,
        summary: 'Lift a bar from now on (it stays on the register with when and why)',
        params: byId,
        body: z.object({ reason: text(2000, 'the reason for lifting') }),
        response: { 200: detail },
      },
    },
    async (request) => liftBar(db, signedInActor(request), request.params.id, request.body.reason),
  );
}
