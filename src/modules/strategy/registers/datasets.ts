import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { lastChange } from '../../../platform/opendata/pages.ts';
import { CC_BY_4, type Dataset, type Row } from '../../../platform/opendata/registry.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import { yearsUpTo } from '../indicators/values.ts';
import { reportingChanged } from '../plans/datasets.ts';
import { budgetExecution } from './budget.ts';
import { councilMeetings, publicCouncilEvaluations, publicCouncils } from './schema.ts';
import { reportingTimeliness } from './timeliness.ts';

const SOURCE = 'Akniet registers kept by the Security Council secretariat working group';
const SYNTHETIC = {
  name: 'synthetic',
  type: 'boolean',
  description: 'Synthetic demo record',
} as const;
const SYNTHETIC_MEASURES = {
  name: 'synthetic',
  type: 'boolean',
  description: 'Computed (partly) from synthetic demo measures: not real figures',
} as const;

export const councilMeetingsDataset: Dataset = {
  name: 'anti-corruption-council-meetings',
  title: {
    ky: 'Коррупцияга каршы кеңештин жыйындары',
    ru: 'Заседания Антикоррупционного совета',
    en: 'Meetings of the Anti-Corruption Council',
  },
  description: {
    ky: 'Пландын 9-пункту: кеңеш жылына кеминде эки жолу чогулат. Ар бир жыйындын күнү, күн тартиби жана чечимдери.',
    ru: 'Пункт 9 Плана: совет заседает не реже двух раз в год. Дата, повестка и решения каждого заседания.',
    en: 'Plan item 9: the Council meets at least twice a year. Date, agenda and decisions of every meeting.',
  },
  license: CC_BY_4,
  source: SOURCE,
  updateSchedule: 'live',
  fields: [
    { name: 'held_on', type: 'date', description: 'Date of the meeting' },
    { name: 'agenda_ky', type: 'string', description: 'Agenda, Kyrgyz' },
    { name: 'agenda_ru', type: 'string', description: 'Agenda, Russian' },
    { name: 'agenda_en', type: 'string', description: 'Agenda, English' },
    { name: 'decisions_ky', type: 'string', description: 'Decisions, Kyrgyz' },
    { name: 'minutes_url', type: 'string', description: 'Published minutes' },
    SYNTHETIC,
  ],
  async *pages(db) {
    const rows = await db.select().from(councilMeetings).orderBy(asc(councilMeetings.heldOn));
    yield rows.map((m) => ({
      held_on: m.heldOn,
      agenda_ky: m.agenda.ky,
      agenda_ru: m.agenda.ru,
      agenda_en: m.agenda.en,
      decisions_ky: m.decisions?.ky ?? null,
      minutes_url: m.minutesUrl,
      synthetic: m.synthetic,
    }));
  },
  lastModified: (db) => lastChange(db, sql`SELECT max(updated_at) AS at FROM council_meetings`),
};

export const publicCouncilEvaluationsDataset: Dataset = {
  name: 'public-council-evaluations',
  title: {
    ky: 'Коомдук кеңештердин натыйжалуулугун баалоо',
    ru: 'Оценка эффективности общественных советов',
    en: 'Effectiveness evaluations of public councils',
  },
  description: {
    ky: 'Пландын 10-пункту: мамлекеттик органдардын коомдук кеңештеринин жылдык баасы, методиканын ар бир критерийи менен.',
    ru: 'Пункт 10 Плана: годовая оценка общественных советов государственных органов по каждому критерию методики.',
    en: 'Plan item 10: the yearly evaluation of the public councils of state bodies, criterion by criterion.',
  },
  license: CC_BY_4,
  source: `${SOURCE}; methodology in docs/modules/strategy-registers.md`,
  updateSchedule: 'live',
  fields: [
    { name: 'agency_code', type: 'string', description: 'State body' },
    { name: 'year', type: 'integer', description: 'Year evaluated' },
    { name: 'score', type: 'integer', description: 'Score 0-100' },
    { name: 'rating', type: 'string', description: 'effective, partly_effective or ineffective' },
    { name: 'meetings_held', type: 'integer', description: 'Meetings of the council' },
    { name: 'recommendations_issued', type: 'integer', description: 'Recommendations given' },
    { name: 'recommendations_accepted', type: 'integer', description: 'Recommendations accepted' },
    { name: 'draft_acts_reviewed', type: 'integer', description: 'Draft acts examined' },
    { name: 'appeals_considered', type: 'integer', description: "Citizens' appeals considered" },
    { name: 'annual_report_published', type: 'boolean', description: 'Annual report published' },
    SYNTHETIC,
  ],
  async *pages(db) {
    const rows = await db
      .select({ e: publicCouncilEvaluations, code: agencies.code })
      .from(publicCouncilEvaluations)
      .innerJoin(publicCouncils, eq(publicCouncils.id, publicCouncilEvaluations.councilId))
      .innerJoin(agencies, eq(agencies.id, publicCouncils.agencyId))
      .orderBy(asc(agencies.code), asc(publicCouncilEvaluations.year));
    yield rows.map(({ e, code }) => ({
      agency_code: code,
      year: e.year,
      score: e.score,
      rating: e.rating,
      meetings_held: e.criteria.meetingsHeld,
      recommendations_issued: e.criteria.recommendationsIssued,
      recommendations_accepted: e.criteria.recommendationsAccepted,
      draft_acts_reviewed: e.criteria.draftActsReviewed,
      appeals_considered: e.criteria.appealsConsidered,
      annual_report_published: e.criteria.annualReportPublished,
      synthetic: e.synthetic,
    }));
  },
  lastModified: (db) =>
    lastChange(db, sql`SELECT max(created_at) AS at FROM public_council_evaluations`),
};

async function* byYear<T>(
  db: Db,
  rows: (db: Db, year: number) => Promise<T[]>,
  toRow: (r: T, year: number) => Row,
) {
  for (const year of yearsUpTo(new Date())) yield (await rows(db, year)).map((r) => toRow(r, year));
}

export const reportingTimelinessDataset: Dataset = {
  name: 'reporting-timeliness',
  title: {
    ky: 'Антикоррупциялык кызматкерлердин отчётторду өз убагында бериши',
    ru: 'Своевременность отчётов уполномоченных по противодействию коррупции',
    en: "Timeliness of anti-corruption officers' reports",
  },
  description: {
    ky: 'Пландын 11-пункту: ар бир органдын отчётторунун канчасы терезе жабылганга чейин берилгени, кечиккени же берилбегени.',
    ru: 'Пункт 11 Плана: сколько отчётов каждого органа подано до закрытия окна, с опозданием или не подано.',
    en: "Plan item 11: how many of each body's reports came in before the window closed, late, or not at all.",
  },
  license: CC_BY_4,
  source: 'Akniet unified reports: first submission time against the reporting window',
  updateSchedule: 'live',
  fields: [
    { name: 'year', type: 'integer', description: 'Reporting year' },
    {
      name: 'agency_code',
      type: 'string',
      description: 'State body (code in the agencies dataset)',
    },
    { name: 'due', type: 'integer', description: 'Reports due (windows closed)' },
    { name: 'on_time', type: 'integer', description: 'Submitted before the window closed' },
    { name: 'late', type: 'integer', description: 'Submitted after it closed' },
    { name: 'missing', type: 'integer', description: 'Not submitted' },
    { name: 'on_time_share', type: 'number', description: 'On time, percent' },
    SYNTHETIC_MEASURES,
  ],
  pages: (db) =>
    byYear(db, reportingTimeliness, (r, year) => ({
      year,
      agency_code: r.agencyCode,
      due: r.due,
      on_time: r.onTime,
      late: r.late,
      missing: r.missing,
      on_time_share: r.onTimeShare,
      synthetic: r.synthetic,
    })),
  lastModified: reportingChanged,
};

export const budgetExecutionDataset: Dataset = {
  name: 'anti-corruption-budget',
  title: {
    ky: 'Антикоррупциялык бюджет: пландалганы жана аткарылганы',
    ru: 'Антикоррупционный бюджет: план и исполнение',
    en: 'Anti-corruption budget: planned and executed',
  },
  description: {
    ky: 'Пландын 20-пункту: бюджет 95-100% аткарылышы керек. Органдар боюнча, жылдар боюнча, сом менен.',
    ru: 'Пункт 20 Плана: бюджет исполнен на 95-100%. По органам и годам, в сомах.',
    en: 'Plan item 20: the budget executed at 95-100%. By state body and year, in som.',
  },
  license: CC_BY_4,
  source: 'Akniet: planned and executed budgets of plan measures due in the year, in som',
  updateSchedule: 'live',
  fields: [
    { name: 'year', type: 'integer', description: 'Year the measures were due' },
    {
      name: 'agency_code',
      type: 'string',
      description: 'State body (code in the agencies dataset)',
    },
    { name: 'measures', type: 'integer', description: 'Measures with a planned budget' },
    { name: 'planned_som', type: 'string', description: 'Planned, som (decimal)' },
    { name: 'executed_som', type: 'string', description: 'Executed, som (decimal)' },
    { name: 'execution_share', type: 'number', description: 'Executed, percent of planned' },
    { name: 'within_band', type: 'boolean', description: 'Within 95-100%' },
    SYNTHETIC_MEASURES,
  ],
  pages: (db) =>
    byYear(db, budgetExecution, (r, year) => ({
      year,
      agency_code: r.agencyCode,
      measures: r.measures,
      planned_som: r.planned.amount,
      executed_som: r.executed.amount,
      execution_share: r.executionShare,
      within_band: r.withinBand,
      synthetic: r.synthetic,
    })),
  lastModified: reportingChanged,
};
