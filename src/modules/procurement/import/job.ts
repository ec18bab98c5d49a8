import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { Db } from '../../../platform/db/client.ts';
import { enqueueJob } from '../../../platform/jobs/queue.ts';
import { procurementImports } from '../schema.ts';
import { type ImportOutcome, importOcds } from './run.ts';

export const IMPORT_JOB = 'procurement.import';
/** Runs the engines over every process after an import (see analysis/run.ts). */
export const ANALYSE_JOB = 'procurement.analyse';

const payload = z.union([
  z.object({ importId: z.uuid(), file: z.string().min(1), deleteAfter: z.boolean() }),
  z.object({ importId: z.uuid(), url: z.url() }),
]);
export type ImportJobPayload = z.infer<typeof payload>;

/** An OCDS source as a stream with its size when known: a file, or the endpoint's response. */
export async function openSource(
  source: { file: string } | { url: string },
): Promise<{ stream: Readable; bytesTotal: number | null }> {
  if ('file' in source) {
    const { size } = await stat(source.file);
    return { stream: createReadStream(source.file), bytesTotal: size };
  }
  const response = await fetch(source.url, { headers: { accept: 'application/json' } });
  if (!response.ok || !response.body) {
    throw new Error(`the endpoint answered ${response.status} ${response.statusText}`);
  }
  const length = Number(response.headers.get('content-length'));
  return {
    stream: Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    bytesTotal: Number.isFinite(length) && length > 0 ? length : null,
  };
}

/** Records a new import (audited) and queues the job that runs it. */
export async function queueImport(
  db: Db,
  source: { file: string; name: string; deleteAfter: boolean } | { url: string },
  actor: Actor,
): Promise<string> {
  const startedBy = actor.id;
  return db.transaction(async (tx) => {
    const name = 'url' in source ? source.url : source.name;
    const [row] = await tx
      .insert(procurementImports)
      .values({ source: name, startedBy })
      .returning({ id: procurementImports.id });
    await recordAudit(tx, actor, {
      action: 'procurement.import',
      entityType: 'procurement_import',
      entityId: row!.id,
      details: { source: name },
    });
    const job: ImportJobPayload =
      'url' in source
        ? { importId: row!.id, url: source.url }
        : { importId: row!.id, file: source.file, deleteAfter: source.deleteAfter };
    // One attempt: a re-run would import the same data again, harmless but twice the work.
    const jobId = await enqueueJob(tx, IMPORT_JOB, job, { createdBy: startedBy, maxAttempts: 1 });
    await tx.update(procurementImports).set({ jobId }).where(eq(procurementImports.id, row!.id));
    return row!.id;
  });
}

/**
 * Runs a queued import: streams the source, keeps the import's progress current (the UI polls
 * it), records the outcome, and queues the analysis of the new data.
 */
export async function runImportJob(db: Db, raw: unknown): Promise<ImportOutcome> {
  const job = payload.parse(raw);
  const { importId } = job;
  const where = eq(procurementImports.id, importId);
  try {
    const { stream, bytesTotal } = await openSource('url' in job ? { url: job.url } : job);
    await db.update(procurementImports).set({ state: 'running', bytesTotal }).where(where);
    const outcome = await importOcds(db, stream, {
      importId,
      onProgress: (progress) => db.update(procurementImports).set(progress).where(where).then(),
    });
    await db
      .update(procurementImports)
      .set({
        state: 'done',
        format: outcome.format,
        read: outcome.read,
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        refused: outcome.refused,
        bytesRead: outcome.bytesRead,
        problems: outcome.problems,
        finishedAt: new Date(),
      })
      .where(where);
    // Always queued (not skipped when one is running): a running pass may predate this data.
    if (outcome.created + outcome.updated > 0) await enqueueJob(db, ANALYSE_JOB, {});
    return outcome;
  } catch (err) {
    const failure = err instanceof Error ? err.message : String(err);
    await db
      .update(procurementImports)
      .set({ state: 'failed', failure, finishedAt: new Date() })
      .where(where);
    throw err;
  } finally {
    if ('file' in job && job.deleteAfter) await rm(job.file, { force: true });
  }
}
