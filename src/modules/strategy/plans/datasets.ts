import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { formatAmount } from '../../../platform/money.ts';
import { keysetPages, lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset, type Row } from '../../../platform/opendata/registry.ts';
import { executionScores } from './rating.ts';

/** When the reports or measures derived figures (rating, registers, indicators) come from last changed. */
export const reportingChanged = (db: Db) =>
  lastChange(
    db,
    sql`SELECT greatest((SELECT max(updated_at) FROM measure_reports),
                        (SELECT max(updated_at) FROM measures)) AS at`,
  );

const PAGE = 1000;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Pages of a query ordered by id, continuing after the last id. */
const pagesById = <T extends { id: string }>(
  db: Db,
  query: (after: string, limit: number) => SQL,
  toRow: (r: T) => Row,
) =>
  keysetPages<T, string>({
    first: NO_ID,
    pageSize: PAGE,
    fetch: (after, limit) => queryRows<T>(db, query(after, limit)),
    cursorOf: (last) => last.id,
    toRow,
  });

const money = (tyiyn: string | null) => (tyiyn === null ? null : formatAmount(BigInt(tyiyn)));

interface MeasureRow {
  id: string;
  agency_code: string;
  plan_id: string;
  plan_kind: string;
  year_from: number;
  year_to: number;
  activity_code: string | null;
  title: { ky: string; ru: string; en: string };
  deadline: string;
  planned: string | null;
  executed: string | null;
  currency: string | null;
  synthetic: boolean;
}

export const measuresDataset: Dataset = {
  name: 'strategy-plan-measures',
  title: {
    ky: 'Мамлекеттик органдардын антикоррупциялык пландарынын чаралары',
    ru: 'Меры антикоррупционных планов государственных органов',
    en: 'Measures of the anti-corruption plans of state bodies',
  },
  description: {
    ky: 'Ар бир чара: органы, планы, Пландын иш-чарасы, мөөнөтү, пландалган жана аткарылган бюджети.',
    ru: 'Каждая мера: орган, план, мероприятие Плана, срок, плановый и исполненный бюджет.',
    en: 'Every measure: its state body, plan, Plan activity, deadline, planned and executed budget.',
  },
  license: CC_BY_4,
  source: 'Akniet: anti-corruption plans entered by the state bodies',
  updateSchedule: 'live',
  fields: [
    { name: 'measure_id', type: 'string', description: 'Measure' },
    { name: 'agency_code', type: 'string', description: 'State body' },
    { name: 'plan_id', type: 'string', description: 'Plan' },
    {
      name: 'plan_kind',
      type: 'string',
      description: 'governmental, departmental, systemic_corruption or local',
    },
    { name: 'plan_years', type: 'string', description: 'Years the plan covers' },
    { name: 'activity_code', type: 'string', description: 'Plan activity carried out' },
    { name: 'title_ky', type: 'string', description: 'Measure, Kyrgyz' },
    { name: 'title_ru', type: 'string', description: 'Measure, Russian' },
    { name: 'title_en', type: 'string', description: 'Measure, English' },
    { name: 'deadline', type: 'date', description: 'Deadline' },
    { name: 'planned_budget', type: 'string', description: 'Planned budget (decimal)' },
    { name: 'executed_budget', type: 'string', description: 'Executed budget (decimal)' },
    { name: 'currency', type: 'string', description: 'ISO 4217 currency of the budget' },
    { name: 'synthetic', type: 'boolean', description: 'Synthetic demo record' },
  ],
  pages: (db) =>
    pagesById<MeasureRow>(
      db,
      (after, limit) => sql`
        SELECT m.id, a.code AS agency_code, m.plan_id, pl.kind AS plan_kind, pl.year_from, pl.year_to,
               m.activity_code, m.title, m.deadline::text AS deadline,
               m.planned_budget_tyiyn::text AS planned, m.executed_budget_tyiyn::text AS executed,
               m.planned_budget_currency AS currency, m.synthetic
        FROM measures m JOIN agencies a ON a.id = m.agency_id JOIN agency_plans pl ON pl.id = m.plan_id
        WHERE m.id > ${after} ORDER BY m.id LIMIT ${limit}`,
      (r) => ({
        measure_id: r.id,
        agency_code: r.agency_code,
        plan_id: r.plan_id,
        plan_kind: r.plan_kind,
        plan_years: `${r.year_from}-${r.year_to}`,
        activity_code: r.activity_code,
        title_ky: r.title.ky,
        title_ru: r.title.ru,
        title_en: r.title.en,
        deadline: r.deadline,
        planned_budget: money(r.planned),
        executed_budget: money(r.executed),
        currency: r.currency,
        synthetic: r.synthetic,
      }),
    ),
  lastModified: (db) => lastChange(db, sql`SELECT max(updated_at) AS at FROM measures`),
};

interface ReportRow {
  id: string;
  measure_id: string;
  year: number;
  period_kind: string;
  period_number: number;
  version: number;
  execution_status: string;
  narrative: { ky?: string; ru?: string };
  indicator_values: unknown;
  submitted_at: Date | string | null;
  published_at: Date | string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const publishedReportsDataset: Dataset = {
  name: 'strategy-published-reports',
  title: {
    ky: 'Жарыяланган бирдиктүү отчёттор',
    ru: 'Опубликованные унифицированные отчёты',
    en: 'Published unified reports',
  },
  description: {
    ky: 'Ар бир чара боюнча жарыяланган отчёттун ар бир версиясы: аткаруу абалы, баяндамасы жана индикаторлордун маанилери.',
    ru: 'Каждая опубликованная версия отчёта по каждой мере: статус исполнения, описание и значения индикаторов.',
    en: 'Every published version of the report on every measure: execution status, narrative and indicator values.',
  },
  license: CC_BY_4,
  source: 'Akniet: unified reports of the state bodies, verified and published by the coordinator',
  updateSchedule: 'live',
  fields: [
    { name: 'report_id', type: 'string', description: 'Report version' },
    { name: 'measure_id', type: 'string', description: 'Measure' },
    { name: 'year', type: 'integer', description: 'Year of the reporting period' },
    { name: 'period', type: 'string', description: 'quarter, half_year or year, and its number' },
    { name: 'version', type: 'integer', description: 'Version (corrections are new versions)' },
    {
      name: 'execution_status',
      type: 'string',
      description: 'not_started, in_progress, done, overdue or cancelled',
    },
    { name: 'narrative_ky', type: 'string', description: 'Narrative, Kyrgyz' },
    { name: 'narrative_ru', type: 'string', description: 'Narrative, Russian' },
    { name: 'indicator_values', type: 'string', description: 'Indicator values as JSON' },
    { name: 'submitted_at', type: 'datetime', description: 'Submitted' },
    { name: 'published_at', type: 'datetime', description: 'Published' },
  ],
  pages: (db) =>
    pagesById<ReportRow>(
      db,
      (after, limit) => sql`
        SELECT r.id, r.measure_id, p.year, p.kind AS period_kind, p.number AS period_number,
               r.version, r.execution_status, r.narrative, r.indicator_values, r.submitted_at,
               r.published_at
        FROM measure_reports r JOIN reporting_periods p ON p.id = r.period_id
        WHERE r.state = 'published' AND r.id > ${after} ORDER BY r.id LIMIT ${limit}`,
      (r) => ({
        report_id: r.id,
        measure_id: r.measure_id,
        year: r.year,
        period: `${r.period_kind} ${r.period_number}`,
        version: r.version,
        execution_status: r.execution_status,
        narrative_ky: r.narrative.ky ?? null,
        narrative_ru: r.narrative.ru ?? null,
        indicator_values: JSON.stringify(r.indicator_values),
        submitted_at: iso(r.submitted_at),
        published_at: iso(r.published_at),
      }),
    ),
  lastModified: (db) =>
    lastChange(
      db,
      sql`SELECT max(published_at) AS at FROM measure_reports WHERE state = 'published'`,
    ),
};

export const agencyRatingDataset: Dataset = {
  name: 'strategy-agency-rating',
  title: {
    ky: 'Мамлекеттик органдардын улуттук рейтинги',
    ru: 'Национальный рейтинг государственных органов',
    en: 'National rating of state bodies',
  },
  description: {
    ky: 'Антикоррупциялык чараларды аткаруу боюнча баалоо: орун, балл, чаралардын саны, мөөнөтү өткөн жана текшерилбеген чаралар.',
    ru: 'Оценка исполнения антикоррупционных мер: место, балл, число мер, просроченные и непроверенные меры.',
    en: 'Execution of anti-corruption measures: rank, score, measures, overdue and unverified ones.',
  },
  license: CC_BY_4,
  source: 'Akniet: scores computed by the published methodology (docs/modules/strategy-scoring.md)',
  updateSchedule: 'live',
  fields: [
    { name: 'rank', type: 'integer', description: 'Rank (equal scores share one)' },
    {
      name: 'agency_code',
      type: 'string',
      description: 'State body (code in the agencies dataset)',
    },
    { name: 'agency_name_ky', type: 'string', description: 'State body, Kyrgyz' },
    { name: 'agency_name_ru', type: 'string', description: 'State body, Russian' },
    { name: 'agency_name_en', type: 'string', description: 'State body, English' },
    { name: 'score', type: 'number', description: 'Score 0-100' },
    { name: 'measures', type: 'integer', description: 'Measures scored' },
    { name: 'overdue', type: 'integer', description: 'Overdue measures' },
    { name: 'unverified', type: 'integer', description: 'Reported, not yet verified' },
    { name: 'as_of', type: 'datetime', description: 'When the scores were computed' },
    {
      name: 'synthetic',
      type: 'boolean',
      description: 'Scored (partly) from synthetic demo measures: not a real rating',
    },
  ],
  async *pages(db) {
    const scores = await executionScores(db);
    const agencies = new Map(
      (
        await queryRows<{ id: string; code: string; synthetic: boolean }>(
          db,
          sql`SELECT a.id, a.code, coalesce(bool_or(m.synthetic), false) AS synthetic
              FROM agencies a LEFT JOIN measures m ON m.agency_id = a.id GROUP BY a.id, a.code`,
        )
      ).map((a) => [a.id, a]),
    );
    yield scores.agencies.map((a) => ({
      rank: a.rank,
      agency_code: agencies.get(a.agencyId)?.code ?? null,
      agency_name_ky: a.agencyName?.ky ?? null,
      agency_name_ru: a.agencyName?.ru ?? null,
      agency_name_en: a.agencyName?.en ?? null,
      score: a.score,
      measures: a.measures,
      overdue: a.overdue,
      unverified: a.unverified,
      as_of: scores.asOf,
      synthetic: agencies.get(a.agencyId)?.synthetic ?? false,
    }));
  },
  lastModified: reportingChanged,
};
