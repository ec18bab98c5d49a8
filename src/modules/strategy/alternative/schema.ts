import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../../platform/auth/schema.ts';
import { createdAt, localized, utc } from '../../../platform/db/columns.ts';
import { measures } from '../plans/schema.ts';
import { strategyItems } from '../schema.ts';

/** A civil-society organisation, as entered in the Ministry of Justice register. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: localized('name').notNull(),
    /** The number in the Ministry of Justice register of legal entities. */
    registrationNumber: text('registration_number').notNull(),
    website: text('website'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [unique('organisations_registration_number_unique').on(t.registrationNumber)],
);

/** Accounts that file alternative reports on behalf of an organisation. */
export const organisationMembers = pgTable(
  'organisation_members',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedAt: utc('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'organisation_members_pk', columns: [t.organisationId, t.userId] }),
    index('organisation_members_user_idx').on(t.userId),
  ],
);

/**
 * An organisation's own assessment of a Plan item or of a measure, shown beside the official
 * report. Never changed once filed: a later view is a new report.
 */
export const alternativeReports = pgTable(
  'alternative_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    itemNumber: integer('item_number').references(() => strategyItems.number),
    measureId: uuid('measure_id').references(() => measures.id),
    assessment: text('assessment').notNull(),
    text: jsonb('text').$type<{ ky?: string; ru?: string }>().notNull(),
    evidenceUrl: text('evidence_url'),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'alternative_reports_one_target',
      sql`(${t.itemNumber} IS NULL) <> (${t.measureId} IS NULL)`,
    ),
    check(
      'alternative_reports_assessment',
      sql`${t.assessment} IN ('not_done', 'partly_done', 'done', 'cannot_assess')`,
    ),
    check('alternative_reports_evidence_url', sql`${t.evidenceUrl} ~ '^https?://'`),
    index('alternative_reports_item_idx').on(t.itemNumber, t.createdAt),
    index('alternative_reports_measure_idx').on(t.measureId, t.createdAt),
    index('alternative_reports_organisation_idx').on(t.organisationId, t.createdAt),
    index('alternative_reports_created_idx').on(t.createdAt, t.id),
  ],
);
