import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rowsFromCsv } from '../../../platform/csv-rows.ts';
import { signedInActor } from '../../../platform/http/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { enqueueJob } from '../../../platform/jobs/queue.ts';
import { ANALYSE_JOB } from '../import/job.ts';
import { listPlanItems } from '../plans/list.ts';
import { loadPlans } from '../plans/load.ts';

const tags = ['procurement'];
const PLAN_FILE_LIMIT = 20 * 1024 * 1024;

const planItem = z.object({
  buyerId: z.string(),
  buyerName: z.string(),
  year: z.number(),
  line: z.number(),
  classification: z.string(),
  description: z.string(),
  planned: z.object({ amount: z.string(), currency: z.string() }).nullable(),
  method: z.string().nullable(),
  quarter: z.number().nullable(),
  synthetic: z.boolean(),
});

/** Annual procurement plans (Plan item 6): published per buyer, loaded by an administrator. */
export async function planRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/api/procurement/plans',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: "Lines of the buyers' annual procurement plans, by buyer and year",
        querystring: z.object({
          buyer: z.string().max(200).optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          q: z.string().trim().max(200).optional(),
          ...pageQuery,
        }),
        response: { 200: pageOf(planItem) },
      },
    },
    async (request) => listPlanItems(db, request.query),
  );

  r.post(
    '/api/procurement/plans',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Load annual plans from a CSV file (multipart field "file"; columns buyer_id, buyer_name, year, line, classification, description, planned_amount, currency, method, quarter). Nothing is loaded if any row is wrong',
        consumes: ['multipart/form-data'],
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new AppError(415, 'unsupported_media_type', {
          expected: 'multipart/form-data with a "file" field',
        });
      }
      const file = await request.file({ limits: { fileSize: PLAN_FILE_LIMIT } });
      if (file?.fieldname !== 'file') {
        throw new AppError(400, 'validation_failed', { file: 'missing' });
      }
      const text = (await file.toBuffer()).toString('utf8');
      let rows: unknown[];
      try {
        rows = rowsFromCsv(text);
      } catch (err) {
        throw new AppError(400, 'validation_failed', {
          file: err instanceof Error ? err.message : 'not a CSV file',
        });
      }
      const loaded = await loadPlans(db, rows, signedInActor(request));
      if (!loaded.ok) throw new AppError(400, 'validation_failed', { problems: loaded.problems });
      await enqueueJob(db, ANALYSE_JOB, {});
      return loaded;
    },
  );
}
