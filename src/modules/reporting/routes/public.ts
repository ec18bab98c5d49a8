import { inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bishkekDay } from '../../../platform/bishkek-time.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { REPORT_CATEGORIES } from '../config/categories.ts';
import { reportingSecrets } from '../crypto/installation-secret.ts';
import { issueChallenge } from '../crypto/proof-of-work.ts';
import { requireWork, spendChallenge } from '../intake/challenge.ts';
import { ATTACHMENT_LIMITS, reportContent } from '../intake/content.ts';
import { cleanFiles, type UploadedFile } from '../intake/files.ts';
import { submitReport } from '../intake/submit.ts';
import { ATTACHMENT_TYPES } from '../metadata/types.ts';
import { reportStatistics } from '../publication/statistics.ts';
import { bodiesWithHandlers } from '../read/bodies.ts';
import { signInWithReceipt } from '../reporter/session.ts';
import { anonymousRoute } from './anonymous.ts';

const tags = ['reporting'];

/** Reads the multipart submission fully (bounded by the limits) before anything is decided. */
async function readSubmission(request: import('fastify').FastifyRequest) {
  if (!request.isMultipart())
    throw new AppError(415, 'unsupported_media_type', { expected: 'multipart/form-data' });
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.parts({
      limits: {
        files: ATTACHMENT_LIMITS.maxFiles,
        fileSize: ATTACHMENT_LIMITS.maxFileBytes,
        fields: 10,
        fieldSize: 100_000,
      },
    })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file')
          throw new AppError(400, 'validation_failed', { field: part.fieldname });
        const bytes = await part.toBuffer();
        files.push({ name: part.filename, bytes: new Uint8Array(bytes) });
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'attachment_too_large', {
        maxFileBytes: ATTACHMENT_LIMITS.maxFileBytes,
      });
    if (code === 'FST_FILES_LIMIT')
      throw new AppError(413, 'attachments_too_many', { max: ATTACHMENT_LIMITS.maxFiles });
    if (code?.startsWith('FST_')) throw new AppError(400, 'bad_request', { multipart: code });
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(fields.report ?? '');
  } catch {
    throw new AppError(400, 'validation_failed', { report: 'a JSON object in the "report" field' });
  }
  const parsed = reportContent.safeParse(json);
  if (!parsed.success)
    throw new AppError(400, 'validation_failed', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  return {
    content: parsed.data,
    files,
    challenge: fields.challenge ?? '',
    nonce: fields.nonce ?? '',
  };
}

export async function reportingPublicRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const secrets = () => reportingSecrets(app.config.dataDir);
  const perMinute = app.config.reportingPerMinute;

  r.get(
    '/api/reporting/intake',
    {
      logLevel: 'silent',
      config: { access: 'anyone' },
      schema: { tags, summary: 'What a report can be about, where it goes, and the file limits' },
    },
    async () => {
      const fixed = await db
        .select({ id: agencies.id, code: agencies.code, name: agencies.name })
        .from(agencies)
        .where(inArray(agencies.code, ['prosecutor-general', 'anti-corruption-service-scns']));
      const open = await bodiesWithHandlers(
        db,
        fixed.map((a) => a.id),
      );
      return {
        categories: REPORT_CATEGORIES.map((c) => {
          const body = c.body === 'agency' ? null : fixed.find((a) => a.code === c.body);
          return {
            code: c.code,
            body: c.body,
            bodyName: body?.name ?? null,
            name: c.name,
            description: c.description,
            retentionDays: c.retentionDays,
            available: c.body === 'agency' ? true : body != null && open.has(body.id),
          };
        }),
        limits: { ...ATTACHMENT_LIMITS, types: [...ATTACHMENT_TYPES] },
      };
    },
  );

  r.get(
    '/api/reporting/challenge',
    {
      ...anonymousRoute(perMinute * 6),
      schema: { tags, summary: 'A proof-of-work challenge (one use, 10 minutes)' },
    },
    async () => issueChallenge(secrets().challengeKey, app.config.reportingPowBits),
  );

  r.post(
    '/api/reporting/reports',
    {
      ...anonymousRoute(perMinute),
      schema: {
        tags,
        summary:
          'Submit an anonymous report (multipart: "report" JSON, "challenge", "nonce", up to 5 "file" parts). Answers the receipt once.',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const submission = await readSubmission(request);
      requireWork(secrets().challengeKey, submission);
      await spendChallenge(db, submission.challenge);
      const files = await cleanFiles(submission.files);
      const done = await submitReport(db, {
        content: submission.content,
        files,
        receiptSalt: secrets().receiptSalt,
      });
      return reply.status(201).send({
        receipt: done.receipt,
        reference: done.reference,
        token: done.token,
        attachments: done.attachments,
      });
    },
  );

  r.post(
    '/api/reporting/receipt',
    {
      ...anonymousRoute(perMinute),
      schema: {
        tags,
        summary:
          'Return to a report with its receipt: answers a token for the x-reporter-token header',
        body: z.object({
          receipt: z.string().max(100),
          challenge: z.string().max(200),
          nonce: z.string().max(20),
        }),
      },
    },
    async (request) => {
      requireWork(secrets().challengeKey, request.body);
      return signInWithReceipt(db, { ...request.body, receiptSalt: secrets().receiptSalt });
    },
  );

  r.get(
    '/api/reporting/statistics',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        summary: 'Public statistics of reports for a year (counts under 5 withheld)',
        querystring: z.object({ year: z.coerce.number().int().min(2021).max(2100).optional() }),
      },
    },
    async (request) => {
      const year = request.query.year ?? Number(bishkekDay(new Date()).slice(0, 4));
      return { year, ...(await reportStatistics(db, year)) };
    },
  );
}
