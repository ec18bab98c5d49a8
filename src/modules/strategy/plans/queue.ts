import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { agencyScope, assertInScope } from '../../../platform/auth/scope.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/client.ts';
import { fetchPage, type PageRequest } from '../../../platform/db/paging.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import type { ExecutionStatus, ReportState } from '../reporting/engine.ts';
import type { PeriodKind } from './plans.ts';
import { measureReports, measures, reportingPeriods } from './schema.ts';

export interface ReportListRequest extends PageRequest {
  state?: ReportState | undefined;
  agencyId?: string | undefined;
}

const columns = {
  report: measureReports,
  measure: {
    id: measures.id,
    planId: measures.planId,
    title: measures.title,
    activityCode: measures.activityCode,
    deadline: measures.deadline,
  },
  agency: { id: agencies.id, name: agencies.name, shortName: agencies.shortName },
  period: {
    kind: reportingPeriods.kind,
    year: reportingPeriods.year,
    number: reportingPeriods.number,
  },
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

function itemOf({
  report,
  measure,
  agency,
  period,
}: {
  report: typeof measureReports.$inferSelect;
  measure: Pick<
    typeof measures.$inferSelect,
    'id' | 'planId' | 'title' | 'activityCode' | 'deadline'
  >;
  agency: Pick<typeof agencies.$inferSelect, 'id' | 'name' | 'shortName'>;
  period: Pick<typeof reportingPeriods.$inferSelect, 'kind' | 'year' | 'number'>;
}) {
  return {
    id: report.id,
    measureId: report.measureId,
    periodId: report.periodId,
    version: report.version,
    state: report.state as ReportState,
    executionStatus: report.executionStatus as ExecutionStatus,
    submittedAt: iso(report.submittedAt),
    reviewedAt: iso(report.reviewedAt),
    publishedAt: iso(report.publishedAt),
    updatedAt: report.updatedAt.toISOString(),
    measure,
    agency,
    period: { ...period, kind: period.kind as PeriodKind },
  };
}

/**
 * Reports across measures, for the coordinators' review queue and an officer's own agency.
 * Coordinators and admins see every agency; an officer only their own (another agency: 403).
 * The queue of submitted reports is served oldest first, so nothing waits longest unseen.
 */
export async function listReports(db: Db, user: SessionUser, opts: ReportListRequest) {
  const scope = agencyScope(user);
  if (opts.agencyId) assertInScope(scope, opts.agencyId);
  if (scope.kind === 'none')
    return { items: [], total: 0, page: opts.page, pageSize: opts.pageSize };
  const agencyId = scope.kind === 'agency' ? scope.agencyId : opts.agencyId;
  const conditions: SQL[] = [];
  if (agencyId) conditions.push(eq(measures.agencyId, agencyId));
  if (opts.state) conditions.push(eq(measureReports.state, opts.state));
  const where = conditions.length ? and(...conditions) : undefined;
  const order =
    opts.state === 'submitted'
      ? [asc(measureReports.submittedAt), asc(measureReports.id)]
      : [desc(measureReports.updatedAt), asc(measureReports.id)];
  const base = () =>
    db
      .select(columns)
      .from(measureReports)
      .innerJoin(measures, eq(measures.id, measureReports.measureId))
      .innerJoin(agencies, eq(agencies.id, measures.agencyId))
      .innerJoin(reportingPeriods, eq(reportingPeriods.id, measureReports.periodId));
  return fetchPage(
    opts,
    (limit, offset) =>
      base()
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(measureReports)
        .innerJoin(measures, eq(measures.id, measureReports.measureId))
        .where(where),
    itemOf,
  );
}
