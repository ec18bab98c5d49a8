import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuery, parseSort, sortParam } from '../../../platform/http/pagination.ts';
import { localizedText } from '../../../platform/i18n/language.ts';
import { courtByCode } from '../config/publish.ts';
import { addDays, bishkekDay } from '../engine/days.ts';
import { ALERT_KINDS, courtAlerts } from '../read/alerts.ts';
import { ALLOCATION_SORTS, listAllocations } from '../read/allocations.ts';
import { courtDetail, listCourts } from '../read/courts.ts';
import { listDays } from '../read/days.ts';
import { logPage } from '../read/log.ts';
import { courtStatistics } from '../read/statistics.ts';
import { allocationKeys } from '../schema.ts';

const tags = ['courts'];
export const day = (what: string) => z.iso.date(`${what}: a date as YYYY-MM-DD`);
const byCode = z.object({ code: z.string().trim().min(1).max(40) });
const range = z
  .object({ from: day('from').optional(), to: day('to').optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    message: 'from is after to',
    path: ['from'],
  });

/**
 * What anyone may read and check: the courts and their criteria, every allocation, the seeds
 * and signed heads, per-judge statistics, the alerts, and the raw log a verifier replays.
 */
export async function publicCourtRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/courts',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Courts whose cases are allocated automatically',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: localizedText,
                instance: z.enum(['first', 'appeal', 'cassation']),
                judges: z.number(),
                chambers: z.number(),
                allocations: z.number(),
              }),
            ),
          }),
        },
      },
    },
    () => listCourts(db),
  );

  r.get(
    '/api/courts/:code',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'A court: chambers, judges, categories and the allocation rules in force',
        params: byCode,
      },
    },
    (request) => courtDetail(db, request.params.code, bishkekDay(new Date())),
  );

  r.get(
    '/api/courts/:code/allocations',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "The court's published allocations and failures",
        params: byCode,
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          judge: z.uuid().optional(),
          from: day('from').optional(),
          to: day('to').optional(),
          sort: sortParam(ALLOCATION_SORTS),
          ...pageQuery,
        }),
      },
    },
    async (request) => {
      const court = await courtByCode(db, request.params.code);
      const { page, pageSize, sort, ...filter } = request.query;
      return listAllocations(
        db,
        court.id,
        filter,
        sort ? parseSort(sort, 'at') : { descending: true },
        { page, pageSize },
      );
    },
  );

  r.get(
    '/api/courts/:code/statistics',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'Allocations per judge against the expected number by weight, with a chi-square test',
        params: byCode,
        querystring: range,
      },
    },
    async (request) => {
      const court = await courtByCode(db, request.params.code);
      return courtStatistics(db, court.id, request.query);
    },
  );

  r.get(
    '/api/courts/:code/alerts',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Small eligible sets, absence clusters and repeated filings',
        params: byCode,
        querystring: z.object({ kind: z.enum(ALERT_KINDS).optional(), ...pageQuery }),
      },
    },
    async (request) => {
      const court = await courtByCode(db, request.params.code);
      const { kind, page, pageSize } = request.query;
      const all = (await courtAlerts(db, court.id)).filter((a) => !kind || a.kind === kind);
      return {
        items: all.slice((page - 1) * pageSize, page * pageSize),
        total: all.length,
        page,
        pageSize,
      };
    },
  );

  r.get(
    '/api/courts/days',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Daily seed commitments, revealed seeds and signed heads',
        querystring: range,
      },
    },
    (request) => {
      const today = bishkekDay(new Date());
      return listDays(db, {
        from: request.query.from ?? addDays(today, -30),
        to: request.query.to ?? addDays(today, 2),
      });
    },
  );

  r.get(
    '/api/courts/log',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary:
          'The allocation log after a sequence number, with signed heads and keys (for verifiers)',
        querystring: z.object({
          afterSeq: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(5000).default(5000),
        }),
      },
    },
    (request) => logPage(db, request.query.afterSeq, request.query.limit),
  );

  r.get(
    '/api/courts/keys',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Public Ed25519 keys that sign the daily heads',
        response: {
          200: z.object({ items: z.array(z.object({ keyId: z.string(), publicKey: z.string() })) }),
        },
      },
    },
    async () => ({
      items: (await db.select().from(allocationKeys)).map((k) => ({
        keyId: k.keyId,
        publicKey: k.publicKey,
      })),
    }),
  );
}
