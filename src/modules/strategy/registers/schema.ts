import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { createdAt, localized, updatedAt } from '../../../platform/db/columns.ts';
import { agencies } from '../../../platform/reference/schema.ts';
import type { EvaluationCriteria } from './council-effectiveness.ts';

/** Plan item 9: meetings of the Anti-Corruption Council (at least two a year). */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    agenda: localized('agenda').notNull(),
    decisions: localized('decisions'),
    minutesUrl: text('minutes_url'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('council_meetings_held_on_idx').on(t.heldOn)],
);

/** Plan item 10: the public council of a state body. */
export const publicCouncils = pgTable(
  'public_councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    membersCount: integer('members_count').notNull(),
    website: text('website'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('public_councils_agency_unique').on(t.agencyId)],
);

/** Plan item 10: the yearly evaluation of a public council's effectiveness, by the methodology. */
export const publicCouncilEvaluations = pgTable(
  'public_council_evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => publicCouncils.id),
    year: integer('year').notNull(),
    criteria: jsonb('criteria').$type<EvaluationCriteria>().notNull(),
    score: integer('score').notNull(),
    rating: text('rating').notNull(),
    findings: localized('findings'),
    evaluatorId: uuid('evaluator_id').references(() => users.id),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    unique('public_council_evaluations_year_unique').on(t.councilId, t.year),
    check('public_council_evaluations_score_range', sql`${t.score} BETWEEN 0 AND 100`),
  ],
);
