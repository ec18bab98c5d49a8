import { and, desc, eq } from 'drizzle-orm';
import { type Actor, recordAudit } from '../../../platform/audit/service.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError, guarded, notFound } from '../../../platform/http/errors.ts';
import { checkIndicatorValues } from '../indicators/check-values.ts';
import { invalidateIndicatorValues } from '../indicators/values.ts';
import {
  type ActorFacts,
  availableActions,
  decide,
  type ExecutionStatus,
  type ReportAction,
  type ReportState,
} from '../reporting/engine.ts';
import type { IndicatorValue } from '../reporting/units.ts';
import { maySeeUnpublished } from './access.ts';
import { getMeasure } from './plans.ts';
import { invalidateScores } from './rating.ts';
import { measureReports, measures, reportingPeriods } from './schema.ts';

type ReportRow = typeof measureReports.$inferSelect;

export interface ReportContent {
  executionStatus: ExecutionStatus;
  narrative: { ky?: string | undefined; ru?: string | undefined };
  indicatorValues: IndicatorValue[];
}

const actorFacts = (user: SessionUser): ActorFacts => ({
  id: user.id,
  roles: user.roles,
  agencyId: user.agencyId,
});

function reportView(row: ReportRow, agencyId: string, user: SessionUser | undefined) {
  const facts = { state: row.state as ReportState, authorId: row.authorId, agencyId };
  return {
    id: row.id,
    measureId: row.measureId,
    periodId: row.periodId,
    version: row.version,
    state: row.state as ReportState,
    executionStatus: row.executionStatus as ExecutionStatus,
    narrative: row.narrative,
    indicatorValues: row.indicatorValues,
    authorId: row.authorId,
    reviewComment: row.reviewComment,
    previousId: row.previousId,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    actions: user ? availableActions(facts, actorFacts(user)) : [],
  };
}

function refuse(decision: ReturnType<typeof decide>): never {
  if (decision.allowed) throw new Error('refuse() on an allowed decision');
  throw new AppError(
    decision.reason === 'not_reporting_officer' || decision.reason === 'not_reviewer' ? 403 : 409,
    'transition_refused',
    {
      reason: decision.reason,
    },
  );
}

async function loadReport(db: Db, id: string) {
  const [row] = await db
    .select({
      report: measureReports,
      agencyId: measures.agencyId,
      activityCode: measures.activityCode,
    })
    .from(measureReports)
    .innerJoin(measures, eq(measures.id, measureReports.measureId))
    .where(eq(measureReports.id, id));
  if (!row) throw notFound({ report: id });
  return row;
}

/** A report as its caller may see it: unpublished versions only for its agency and coordinators. */
export async function getReport(db: Db, user: SessionUser | undefined, id: string) {
  const { report, agencyId } = await loadReport(db, id);
  if (report.state !== 'published' && !maySeeUnpublished(user, agencyId))
    throw notFound({ report: id });
  return reportView(report, agencyId, user);
}

/** Every version for a measure, newest first, filtered to what the caller may see. */
export async function reportHistory(db: Db, user: SessionUser | undefined, measureId: string) {
  const measure = await getMeasure(db, measureId);
  const rows = await db
    .select()
    .from(measureReports)
    .where(eq(measureReports.measureId, measureId))
    .orderBy(desc(measureReports.createdAt), desc(measureReports.version));
  const open = maySeeUnpublished(user, measure.agencyId);
  return rows
    .filter((r) => open || r.state === 'published')
    .map((r) => reportView(r, measure.agencyId, user));
}

/** Starts the report on a measure for a period: the first version, as a draft. */
export async function startReport(
  db: Db,
  user: SessionUser,
  actor: Actor,
  measureId: string,
  periodId: string,
  content: ReportContent,
) {
  const measure = await getMeasure(db, measureId);
  const [period] = await db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError(400, 'invalid_reference', { periodId });
  const decision = decide(
    'edit',
    { state: 'draft', authorId: user.id, agencyId: measure.agencyId },
    actorFacts(user),
  );
  if (!decision.allowed) refuse(decision);
  await checkIndicatorValues(db, measure.activityCode, content.indicatorValues);
  const now = new Date();
  if (now < period.opensAt || now >= period.closesAt)
    throw new AppError(409, 'window_closed', { periodId });
  const [existing] = await db
    .select({ id: measureReports.id })
    .from(measureReports)
    .where(and(eq(measureReports.measureId, measureId), eq(measureReports.periodId, periodId)))
    .limit(1);
  if (existing)
    throw new AppError(409, 'conflict', { reportId: existing.id, reason: 'report_exists' });
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(measureReports)
        .values({ measureId, periodId, version: 1, state: 'draft', authorId: user.id, ...content })
        .returning();
      await recordAudit(tx, actor, {
        action: 'report.started',
        entityType: 'measure_report',
        entityId: created!.id,
        details: { measureId, periodId, after: content },
      });
      return created!;
    }),
  );
  return reportView(row, measure.agencyId, user);
}

export async function editReport(
  db: Db,
  user: SessionUser,
  actor: Actor,
  id: string,
  content: Partial<ReportContent>,
) {
  const { report, agencyId, activityCode } = await loadReport(db, id);
  const decision = decide(
    'edit',
    { state: report.state as ReportState, authorId: report.authorId, agencyId },
    actorFacts(user),
  );
  if (!decision.allowed) refuse(decision);
  if (content.indicatorValues)
    await checkIndicatorValues(db, activityCode, content.indicatorValues);
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(measureReports)
      .set({ ...content, authorId: user.id, updatedAt: new Date() })
      .where(and(eq(measureReports.id, id), eq(measureReports.state, report.state)))
      .returning();
    if (!updated) throw new AppError(409, 'conflict', { reason: 'changed_meanwhile' });
    await recordAudit(tx, actor, {
      action: 'report.edited',
      entityType: 'measure_report',
      entityId: id,
      details: {
        before: {
          executionStatus: report.executionStatus,
          narrative: report.narrative,
          indicatorValues: report.indicatorValues,
        },
        after: content,
      },
    });
    return updated;
  });
  return reportView(row, agencyId, user);
}

/** submit, return (comment required), verify, publish, or correct (a new draft version). */
export async function actOnReport(
  db: Db,
  user: SessionUser,
  actor: Actor,
  id: string,
  action: Exclude<ReportAction, 'edit'>,
  comment: string | undefined,
) {
  const { report, agencyId } = await loadReport(db, id);
  const facts = { state: report.state as ReportState, authorId: report.authorId, agencyId };
  const decision = decide(action, facts, actorFacts(user));
  if (!decision.allowed) refuse(decision);
  if (action === 'return' && !comment?.trim()) {
    throw new AppError(400, 'validation_failed', {
      comment: 'a returned report needs a comment that says what to fix',
    });
  }
  const now = new Date();
  const row = await guarded(() =>
    db.transaction(async (tx) => {
      if (action === 'correct') {
        // A verified or published version stays as it is; the correction is a new version.
        const [latest] = await tx
          .select({ version: measureReports.version })
          .from(measureReports)
          .where(
            and(
              eq(measureReports.measureId, report.measureId),
              eq(measureReports.periodId, report.periodId),
            ),
          )
          .orderBy(desc(measureReports.version))
          .limit(1);
        if (latest && latest.version !== report.version) {
          throw new AppError(409, 'conflict', {
            reason: 'a newer version exists',
            version: latest.version,
          });
        }
        const [created] = await tx
          .insert(measureReports)
          .values({
            measureId: report.measureId,
            periodId: report.periodId,
            version: report.version + 1,
            state: 'draft',
            executionStatus: report.executionStatus,
            narrative: report.narrative,
            indicatorValues: report.indicatorValues,
            authorId: user.id,
            previousId: report.id,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'report.correction_started',
          entityType: 'measure_report',
          entityId: created!.id,
          details: { previousId: report.id, version: report.version + 1 },
        });
        return created!;
      }
      const stamps =
        action === 'submit'
          ? { submittedAt: now, authorId: user.id }
          : action === 'publish'
            ? { publishedAt: now }
            : { reviewedAt: now, reviewerId: user.id, reviewComment: comment?.trim() ?? null };
      const [updated] = await tx
        .update(measureReports)
        .set({ state: decision.next, ...stamps, updatedAt: now })
        // Only from the state the decision was taken on: a concurrent change makes this a no-op.
        .where(and(eq(measureReports.id, id), eq(measureReports.state, report.state)))
        .returning();
      if (!updated) throw new AppError(409, 'conflict', { reason: 'changed_meanwhile' });
      await recordAudit(tx, actor, {
        action: `report.${action === 'return' ? 'returned' : action === 'submit' ? 'submitted' : action === 'verify' ? 'verified' : 'published'}`,
        entityType: 'measure_report',
        entityId: id,
        details: {
          before: { state: report.state },
          after: { state: decision.next },
          comment: comment ?? null,
        },
      });
      return updated;
    }),
  );
  invalidateScores(db);
  invalidateIndicatorValues(db);
  return reportView(row, agencyId, user);
}
