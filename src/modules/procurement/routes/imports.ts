import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signedInActor } from '../../../platform/http/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { queueImport } from '../import/job.ts';
import { getImport, listImports } from '../import/list.ts';

const tags = ['procurement'];
/** OCDS files are large: a year of Kyrgyz procurement is hundreds of megabytes. */
export const OCDS_UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;

const importView = z.object({
  id: z.string(),
  source: z.string(),
  format: z.string().nullable(),
  state: z.string(),
  jobId: z.string().nullable(),
  progress: z.number().nullable(),
  read: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  refused: z.number(),
  failure: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
const importDetail = importView.extend({
  problems: z.array(z.object({ line: z.number(), message: z.string() })),
});

/** OCDS imports: an administrator uploads a file or reads the configured endpoint; a job does the work. */
export async function importRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const uploads = join(app.config.dataDir, 'procurement-imports');

  r.get(
    '/api/procurement/imports',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'OCDS imports, newest first, with their progress and counts',
        querystring: z.object(pageQuery),
        response: { 200: pageOf(importView) },
      },
    },
    async (request) => listImports(db, request.query),
  );

  r.get(
    '/api/procurement/imports/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'One import: progress, counts and the refused lines with their numbers',
        params: z.object({ id: z.uuid() }),
        response: { 200: importDetail },
      },
    },
    async (request) => getImport(db, request.params.id),
  );

  r.post(
    '/api/procurement/imports',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Import an OCDS file (multipart field "file"): line-delimited compiled releases, a release package or a record package',
        consumes: ['multipart/form-data'],
        response: { 202: importDetail },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError(415, 'unsupported_media_type', {
          expected: 'multipart/form-data with a "file" field',
        });
      }
      const file = await request.file({ limits: { fileSize: OCDS_UPLOAD_LIMIT_BYTES } });
      if (file?.fieldname !== 'file') {
        throw new AppError(400, 'validation_failed', { file: 'missing' });
      }
      await mkdir(uploads, { recursive: true });
      const path = join(uploads, `${randomUUID()}.ocds`);
      await pipeline(file.file, createWriteStream(path));
      if (file.file.truncated) {
        await rm(path, { force: true });
        throw new AppError(413, 'payload_too_large', { limitBytes: OCDS_UPLOAD_LIMIT_BYTES });
      }
      const id = await queueImport(
        db,
        { file: path, name: file.filename, deleteAfter: true },
        signedInActor(request),
      );
      return reply.status(202).send(await getImport(db, id));
    },
  );

  r.post(
    '/api/procurement/imports/endpoint',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: "Import from the e-procurement system's OCDS endpoint (PROCUREMENT_OCDS_URL)",
        response: { 202: importDetail },
      },
    },
    async (request, reply) => {
      const url = app.config.procurementOcdsUrl;
      if (!url) throw new AppError(409, 'ocds_endpoint_not_configured');
      const id = await queueImport(db, { url }, signedInActor(request));
      return reply.status(202).send(await getImport(db, id));
    },
  );
}
