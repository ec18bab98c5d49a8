import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { decide, type ReportState } from '../reporting/engine.ts';
import { checkEvidence } from '../reporting/evidence.ts';
import { maySeeUnpublished } from './access.ts';
import { evidenceFiles, measureReports, measures } from './schema.ts';

const metadata = {
  id: evidenceFiles.id,
  reportId: evidenceFiles.reportId,
  filename: evidenceFiles.filename,
  mediaType: evidenceFiles.mediaType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  uploadedAt: evidenceFiles.uploadedAt,
};

async function reportFacts(db: Db, reportId: string) {
  const [row] = await db
    .select({
      state: measureReports.state,
      authorId: measureReports.authorId,
      agencyId: measures.agencyId,
    })
    .from(measureReports)
    .innerJoin(measures, eq(measures.id, measureReports.measureId))
    .where(eq(measureReports.id, reportId));
  if (!row) throw notFound({ report: reportId });
  return { ...row, state: row.state as ReportState };
}

function mayEdit(user: SessionUser, facts: Awaited<ReturnType<typeof reportFacts>>) {
  const decision = decide('edit', facts, {
    id: user.id,
    roles: user.roles,
    agencyId: user.agencyId,
  });
  if (!decision.allowed) {
    throw new AppError(
      decision.reason === 'not_reporting_officer' ? 403 : 409,
      'transition_refused',
      {
        reason: decision.reason,
      },
    );
  }
}

/** Attaches a checked file to a draft or returned report; the checksum goes to the audit log. */
export async function addEvidence(
  db: Db,
  user: SessionUser,
  actor: Actor,
  reportId: string,
  file: { filename: string; bytes: Uint8Array },
) {
  const facts = await reportFacts(db, reportId);
  mayEdit(user, facts);
  const check = checkEvidence(file);
  if (!check.ok) {
    throw new AppError(
      check.reason === 'too_large' ? 413 : 400,
      check.reason === 'too_large' ? 'payload_too_large' : 'validation_failed',
      {
        file: check.reason,
      },
    );
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evidenceFiles)
      .values({
        reportId,
        filename: check.filename,
        mediaType: check.mediaType,
        sizeBytes: file.bytes.length,
        sha256,
        content: file.bytes,
        uploadedBy: user.id,
      })
      .returning(metadata);
    await recordAudit(tx, actor, {
      action: 'evidence.added',
      entityType: 'measure_report',
      entityId: reportId,
      details: {
        evidenceId: row!.id,
        filename: check.filename,
        sizeBytes: file.bytes.length,
        sha256,
      },
    });
    return { ...row!, uploadedAt: row!.uploadedAt.toISOString() };
  });
}

export async function listEvidence(db: Db, reportId: string) {
  const rows = await db
    .select(metadata)
    .from(evidenceFiles)
    .where(eq(evidenceFiles.reportId, reportId))
    .orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}

/** The file, for whoever may see its report; every download of unpublished evidence is audited. */
export async function downloadEvidence(
  db: Db,
  user: SessionUser | undefined,
  actor: Actor,
  id: string,
) {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  if (!row) throw notFound({ evidence: id });
  const facts = await reportFacts(db, row.reportId);
  if (facts.state !== 'published') {
    if (!maySeeUnpublished(user, facts.agencyId)) throw notFound({ evidence: id });
    await db.transaction((tx) =>
      recordAudit(tx, actor, {
        action: 'evidence.read',
        entityType: 'evidence',
        entityId: id,
        details: { reportId: row.reportId },
      }),
    );
  }
  return row;
}

export async function removeEvidence(db: Db, user: SessionUser, actor: Actor, id: string) {
  const [row] = await db.select(metadata).from(evidenceFiles).where(eq(evidenceFiles.id, id));
  if (!row) throw notFound({ evidence: id });
  mayEdit(user, await reportFacts(db, row.reportId));
  await db.transaction(async (tx) => {
    await tx.delete(evidenceFiles).where(and(eq(evidenceFiles.id, id)));
    await recordAudit(tx, actor, {
      action: 'evidence.removed',
      entityType: 'measure_report',
      entityId: row.reportId,
      details: { evidenceId: id, filename: row.filename, sha256: row.sha256 },
    });
  });
}
