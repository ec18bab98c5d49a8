import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { memoPerDatabase } from '../../../platform/db/memo.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import { attainment } from '../indicators/attainment.ts';
import { indicatorCatalogue } from '../indicators/catalogue.ts';
import type { ExecutionStatus, ReportState } from '../reporting/engine.ts';
import {
  type MeasureFacts,
  rankAgencies,
  scoreGroups,
  scoreMeasure,
} from '../reporting/scoring.ts';
import type { IndicatorValue } from '../reporting/units.ts';

interface FactRow {
  measure_id: string;
  agency_id: string;
  deadline: string;
  item_number: number | null;
  direction_number: number | null;
  state: ReportState | null;
  execution_status: ExecutionStatus | null;
  submitted_at: Date | string | null;
  period_year: number | null;
  closes_at: Date | string | null;
  indicator_values: IndicatorValue[] | null;
  done_submitted_at: Date | string | null;
  done_year: number | null;
  done_closes_at: Date | string | null;
}

/**
 * What the scores are computed from: each measure with its newest report that has left the
 * officer's hands (submitted, verified or published); drafts and returned versions are work in
 * progress and do not count yet.
 */
export async function loadFacts(db: Db, measureId?: string): Promise<MeasureFacts[]> {
  const { byCode } = await indicatorCatalogue.get(db);
  const attained = (values: IndicatorValue[] | null) =>
    (values ?? []).flatMap((v) => {
      const indicator = byCode.get(v.indicatorCode);
      const a = indicator ? attainment(indicator.definition, v.value) : null;
      return a === null ? [] : [a];
    });
  const rows = await queryRows<FactRow>(
    db,
    sql`WITH first_done AS (
          SELECT DISTINCT ON (r.measure_id) r.measure_id, r.submitted_at, p.year, p.closes_at
          FROM measure_reports r JOIN reporting_periods p ON p.id = r.period_id
          WHERE r.state IN ('submitted', 'verified', 'published') AND r.execution_status = 'done'
            ${measureId ? sql`AND r.measure_id = ${measureId}` : sql``}
          ORDER BY r.measure_id, p.year, r.submitted_at NULLS LAST)
        SELECT DISTINCT ON (m.id)
          m.id AS measure_id, m.agency_id, m.deadline::text AS deadline,
          a.item_number, i.direction_number,
          r.state, r.execution_status, r.submitted_at, p.year AS period_year, p.closes_at,
          r.indicator_values,
          fd.submitted_at AS done_submitted_at, fd.year AS done_year, fd.closes_at AS done_closes_at
        FROM measures m
        LEFT JOIN first_done fd ON fd.measure_id = m.id
        LEFT JOIN strategy_activities a ON a.code = m.activity_code
        LEFT JOIN strategy_items i ON i.number = a.item_number
        LEFT JOIN measure_reports r
          ON r.measure_id = m.id AND r.state IN ('submitted', 'verified', 'published')
        LEFT JOIN reporting_periods p ON p.id = r.period_id
        ${measureId ? sql`WHERE m.id = ${measureId}` : sql``}
        ORDER BY m.id, r.created_at DESC NULLS LAST, r.version DESC NULLS LAST`,
  );
  return rows.map((r) => ({
    measureId: r.measure_id,
    agencyId: r.agency_id,
    itemNumber: r.item_number,
    directionNumber: r.direction_number,
    deadline: r.deadline,
    latest: r.state
      ? {
          state: r.state,
          executionStatus: r.execution_status!,
          submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
          periodYear: r.period_year!,
          windowClosesAt: new Date(r.closes_at!),
          indicatorAttainment: attained(r.indicator_values),
        }
      : null,
    firstDone:
      r.done_year === null
        ? null
        : {
            submittedAt: r.done_submitted_at ? new Date(r.done_submitted_at) : null,
            periodYear: r.done_year,
            windowClosesAt: new Date(r.done_closes_at!),
          },
  }));
}

export async function measureScore(db: Db, measureId: string, asOf = new Date()) {
  const [facts] = await loadFacts(db, measureId);
  if (!facts) throw notFound({ measure: measureId });
  return scoreMeasure(facts, asOf);
}

/**
 * Scores are reused for SCORES_TTL_MS. This process drops them at once when a report changes
 * state or a measure is added (invalidateScores); other server processes see the change within
 * that time, and deadlines that pass are picked up by it too.
 */
export const SCORES_TTL_MS = 60_000;
const scores = memoPerDatabase(SCORES_TTL_MS, (db) => computeScores(db, new Date()));

/** Scores per agency (the national rating), Plan item and direction: the dashboard's figures. */
export const executionScores = (db: Db) => scores.get(db);
export const invalidateScores = (db: Db) => scores.invalidate(db);

async function computeScores(db: Db, asOf: Date) {
  const facts = await loadFacts(db);
  const scores = new Map(facts.map((f) => [f.measureId, scoreMeasure(f, asOf)]));
  const names = new Map(
    (
      await queryRows<{ id: string; name: LocalizedText }>(db, sql`SELECT id, name FROM agencies`)
    ).map((a) => [a.id, a.name]),
  );
  return {
    asOf: asOf.toISOString(),
    agencies: rankAgencies(scoreGroups(facts, scores, (m) => m.agencyId)).map((g) => ({
      rank: g.rank,
      agencyId: g.key,
      agencyName: names.get(g.key) ?? null,
      score: g.score,
      measures: g.measures,
      overdue: g.overdue,
      unverified: g.unverified,
    })),
    items: scoreGroups(facts, scores, (m) => m.itemNumber)
      .sort((a, b) => a.key - b.key)
      .map((g) => ({
        itemNumber: g.key,
        score: g.score,
        measures: g.measures,
        overdue: g.overdue,
        unverified: g.unverified,
      })),
    directions: scoreGroups(facts, scores, (m) => m.directionNumber)
      .sort((a, b) => a.key - b.key)
      .map((g) => ({
        directionNumber: g.key,
        score: g.score,
        measures: g.measures,
        overdue: g.overdue,
        unverified: g.unverified,
      })),
  };
}
