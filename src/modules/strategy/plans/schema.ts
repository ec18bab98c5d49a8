import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../../platform/auth/schema.ts';
import {
  bytea,
  createdAt,
  localized,
  money,
  updatedAt,
  utc,
} from '../../../platform/db/columns.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import type { IndicatorValue } from '../reporting/units.ts';
import { strategyActivities } from '../schema.ts';

/** An agency's anti-corruption plan: governmental, departmental, systemic-corruption or local. */
export const agencyPlans = pgTable(
  'agency_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').notNull(),
    title: localized('title').notNull(),
    yearFrom: integer('year_from').notNull(),
    yearTo: integer('year_to').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('agency_plans_agency_idx').on(t.agencyId)],
);

/** One measure of a plan, linked to the Plan activity it carries out. */
export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => agencyPlans.id),
    activityCode: text('activity_code').references(() => strategyActivities.code),
    title: localized('title').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    plannedBudget: money('planned_budget').amount,
    plannedBudgetCurrency: money('planned_budget').currency,
    executedBudget: money('executed_budget').amount,
    executedBudgetCurrency: money('executed_budget').currency,
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('measures_plan_idx').on(t.planId),
    index('measures_agency_idx').on(t.agencyId),
    index('measures_activity_idx').on(t.activityCode),
  ],
);

/** A reporting period and its window, opened and closed on dates the coordinator sets. */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    opensAt: utc('opens_at').notNull(),
    closesAt: utc('closes_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('reporting_periods_unique').on(t.kind, t.year, t.number)],
);

/** One version of the unified report on a measure for a period. */
export const measureReports = pgTable(
  'measure_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    version: integer('version').notNull(),
    state: text('state').notNull(),
    executionStatus: text('execution_status').notNull(),
    narrative: jsonb('narrative').$type<{ ky?: string; ru?: string }>().notNull(),
    indicatorValues: jsonb('indicator_values').$type<IndicatorValue[]>().notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    reviewComment: text('review_comment'),
    previousId: uuid('previous_id').references((): AnyPgColumn => measureReports.id),
    submittedAt: utc('submitted_at'),
    reviewedAt: utc('reviewed_at'),
    publishedAt: utc('published_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('measure_reports_version_unique').on(t.measureId, t.periodId, t.version),
    index('measure_reports_state_idx').on(t.state),
  ],
);

/** Evidence attached to a report: stored as bytes, never executed, served as a download. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => measureReports.id),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [index('evidence_files_report_idx').on(t.reportId)],
);
