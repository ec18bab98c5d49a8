import {
  bigint,
  boolean,
  char,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { createdAt, updatedAt, utc } from '../../platform/db/columns.ts';
import { agencies } from '../../platform/reference/schema.ts';
import type { RiskReason } from './checks/types.ts';
import type { DeclarationContent } from './content.ts';
import type { SubmittedContent } from './submitted.ts';

/**
 * Persons who must declare (officials of political, special, administrative and municipal posts).
 * The PIN identifies them across registries and is never published.
 */
export const declarants = pgTable('declarants', {
  id: uuid('id').primaryKey().defaultRandom(),
  pin: text('pin').notNull().unique(),
  fullName: text('full_name').notNull(),
  birthDate: date('birth_date'),
  userId: uuid('user_id')
    .unique()
    .references(() => users.id),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  post: text('post').notNull(),
  /** political | special | administrative | municipal: the law publishes the first two. */
  postCategory: text('post_category').notNull(),
  /** The first declaration year this person must file for, and the last (null while in office). */
  declaresFrom: integer('declares_from').notNull(),
  declaresUntil: integer('declares_until'),
  /** On the non-publication list (e.g. protected persons): the reason, never shown publicly. */
  notPublishedReason: text('not_published_reason'),
  synthetic: boolean('synthetic').notNull().default(false),
  createdAt: createdAt(),
});

/** A declaration campaign: who must file for a year, by when. */
export const filingYears = pgTable('declaration_filing_years', {
  year: integer('year').primaryKey(),
  deadline: date('deadline').notNull(),
});

export const declarations = pgTable(
  'declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    declarantId: uuid('declarant_id')
      .notNull()
      .references(() => declarants.id),
    year: integer('year').notNull(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    post: text('post').notNull(),
    postCategory: text('post_category').notNull(),
    /** draft (never submitted) | submitted | correcting (a corrective draft over a submitted version) */
    status: text('status').notNull().default('draft'),
    /** The working copy of the form; kept as typed, even with wrong values, so it is never lost. */
    draft: jsonb('draft').$type<DeclarationContent>(),
    /** Latest submitted version; 0 before the first submission. */
    version: integer('version').notNull().default(0),
    firstSubmittedAt: utc('first_submitted_at'),
    lastSubmittedAt: utc('last_submitted_at'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('declarations_declarant_year').on(t.declarantId, t.year),
    index('declarations_year').on(t.year),
  ],
);

/** Every submitted version, immutable: the annual declaration and each corrective one. */
export const declarationVersions = pgTable(
  'declaration_versions',
  {
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => declarations.id),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    content: jsonb('content').$type<SubmittedContent>().notNull(),
    /** Family totals in som (tyiyn) for lists and year-over-year charts. */
    incomeTyiyn: bigint('income_tyiyn', { mode: 'number' }).notNull(),
    monetaryAssetsTyiyn: bigint('monetary_assets_tyiyn', { mode: 'number' }).notNull(),
    propertyValueTyiyn: bigint('property_value_tyiyn', { mode: 'number' }).notNull(),
    /** SHA-256 of the declaration id, version, time and canonical content: the filer's receipt. */
    receipt: char('receipt', { length: 64 }).notNull(),
    submittedAt: utc('submitted_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.declarationId, t.version] })],
);

/** The latest automated check of a declaration's latest version. */
export const declarationChecks = pgTable(
  'declaration_checks',
  {
    declarationId: uuid('declaration_id')
      .primaryKey()
      .references(() => declarations.id),
    version: integer('version').notNull(),
    score: integer('score').notNull(),
    /** full_check | checked */
    outcome: text('outcome').notNull(),
    findings: jsonb('findings').notNull(),
    reasons: jsonb('reasons').$type<RiskReason[]>().notNull(),
    settingsVersion: text('settings_version').notNull(),
    checkedAt: utc('checked_at').notNull().defaultNow(),
  },
  (t) => [index('declaration_checks_score').on(t.score)],
);

/** The full check of a declaration that scored above the threshold. */
export const declarationReviews = pgTable(
  'declaration_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    declarationId: uuid('declaration_id')
      .notNull()
      .unique()
      .references(() => declarations.id),
    /** queued | assigned | explanation_requested | explained | concluded */
    state: text('state').notNull().default('queued'),
    scoreAtEntry: integer('score_at_entry').notNull(),
    enteredAt: utc('entered_at').notNull().defaultNow(),
    verifierId: uuid('verifier_id').references(() => users.id),
    requestText: text('request_text'),
    requestDeadline: date('request_deadline'),
    requestedAt: utc('requested_at'),
    answerText: text('answer_text'),
    answeredAt: utc('answered_at'),
    /** no_violation | referral | disciplinary */
    outcome: text('outcome'),
    conclusionText: text('conclusion_text'),
    concludedAt: utc('concluded_at'),
    /** What the prosecutor receives with a referral: the version, its findings and the exchange. */
    evidence: jsonb('evidence'),
    updatedAt: updatedAt(),
  },
  (t) => [index('declaration_reviews_state').on(t.state)],
);

/** Official exchange rates of the National Bank of the Kyrgyz Republic: som per `nominal` units. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: char('currency', { length: 3 }).notNull(),
    rateDate: date('rate_date').notNull(),
    rate: numeric('rate', { precision: 18, scale: 6 }).notNull(),
    nominal: integer('nominal').notNull().default(1),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.rateDate] })],
);

/** The embedded local registry: the cadastre, vehicle registration and legal entities (synthetic by default). */
export const registryRealEstate = pgTable(
  'registry_real_estate',
  {
    recordId: text('record_id').primaryKey(),
    ownerPin: text('owner_pin').notNull(),
    kind: text('kind').notNull(),
    area: doublePrecision('area').notNull(),
    address: text('address').notNull(),
    sharePercent: doublePrecision('share_percent').notNull(),
    acquiredOn: date('acquired_on').notNull(),
    priceTyiyn: bigint('price_tyiyn', { mode: 'bigint' }),
    priceCurrency: char('price_currency', { length: 3 }),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [index('registry_real_estate_owner').on(t.ownerPin)],
);

export const registryVehicles = pgTable(
  'registry_vehicles',
  {
    recordId: text('record_id').primaryKey(),
    ownerPin: text('owner_pin').notNull(),
    kind: text('kind').notNull(),
    make: text('make').notNull(),
    model: text('model').notNull(),
    yearMade: integer('year_made').notNull(),
    registrationNumber: text('registration_number').notNull(),
    acquiredOn: date('acquired_on').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [index('registry_vehicles_owner').on(t.ownerPin)],
);

export const registryCompanyRoles = pgTable(
  'registry_company_roles',
  {
    recordId: text('record_id').primaryKey(),
    personPin: text('person_pin').notNull(),
    companyId: text('company_id').notNull(),
    companyName: text('company_name').notNull(),
    role: text('role').notNull(),
    sharePercent: doublePrecision('share_percent'),
    since: date('since').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [index('registry_company_roles_person').on(t.personPin)],
);
