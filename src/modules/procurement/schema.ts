import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { createdAt, updatedAt, utc } from '../../platform/db/columns.ts';
import { jobs } from '../../platform/jobs/schema.ts';
import { agencies } from '../../platform/reference/schema.ts';
import type { FlagEvidence } from './flags/flag.ts';
import type { CompiledRelease } from './ocds/release.ts';

/**
 * One contracting process (an OCID) as its OCDS compiled release, with the fields lists, filters
 * and dashboards need pulled out into columns. `releaseHash` makes re-import idempotent: the same
 * release again changes nothing.
 */
export const procurementProcesses = pgTable(
  'procurement_processes',
  {
    ocid: text('ocid').primaryKey(),
    release: jsonb('release').$type<CompiledRelease>().notNull(),
    releaseHash: text('release_hash').notNull(),
    title: text('title'),
    buyerId: text('buyer_id'),
    buyerName: text('buyer_name'),
    /** The platform agency the buyer is, once matched (its officers answer civic concerns). */
    buyerAgencyId: uuid('buyer_agency_id').references(() => agencies.id),
    /** The buyer's region (parties[].address.region), for the dashboards. */
    region: text('region'),
    /** open | selective | limited | direct, as OCDS tender.procurementMethod. */
    method: text('method'),
    methodDetails: text('method_details'),
    /** The main classification code of the tender's first item (a CPV code in Kyrgyzstan). */
    classification: text('classification'),
    status: text('status'),
    valueTyiyn: bigint('value_tyiyn', { mode: 'number' }),
    currency: text('currency'),
    bidders: integer('bidders'),
    publishedAt: utc('published_at'),
    /** The latest release date: when the process last changed. */
    releasedAt: utc('released_at'),
    /** The ids of the awarded suppliers, for the supplier profile. */
    supplierIds: text('supplier_ids').array().notNull().default(sql`'{}'::text[]`),
    lastImportId: uuid('last_import_id'),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('procurement_processes_buyer').on(t.buyerId),
    index('procurement_processes_buyer_agency').on(t.buyerAgencyId),
    index('procurement_processes_published').on(t.publishedAt),
    index('procurement_processes_suppliers').using('gin', t.supplierIds),
  ],
);

/**
 * The individual releases of a process, kept when a publisher gives releases rather than compiled
 * releases: the process is compiled from all of them (OCDS merge rules) after each import.
 */
export const procurementReleases = pgTable(
  'procurement_releases',
  {
    ocid: text('ocid').notNull(),
    releaseId: text('release_id').notNull(),
    date: text('date'),
    release: jsonb('release').$type<CompiledRelease>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ocid, t.releaseId] })],
);

/** One run of the OCDS import: where from, how far it got, and the lines it refused. */
export const procurementImports = pgTable('procurement_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** A file name or the API endpoint's address. */
  source: text('source').notNull(),
  /** lines (line-delimited) | package (a release or record package) */
  format: text('format'),
  /** queued | running | done | failed */
  state: text('state').notNull().default('queued'),
  jobId: uuid('job_id').references(() => jobs.id),
  bytesTotal: bigint('bytes_total', { mode: 'number' }),
  bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
  read: integer('read').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  refused: integer('refused').notNull().default(0),
  /** The first refused lines, each with its line number (or release index) and what is wrong. */
  problems: jsonb('problems')
    .$type<{ line: number; message: string }[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  failure: text('failure'),
  startedBy: uuid('started_by').references(() => users.id),
  startedAt: createdAt(),
  finishedAt: utc('finished_at'),
});

/** A red flag raised by one of the engines, with its evidence. Recomputed as a whole per engine. */
export const procurementFlags = pgTable(
  'procurement_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** cardinal | kyrgyz | cri | barred | conflict | plan */
    engine: text('engine').notNull(),
    code: text('code').notNull(),
    /** tender | buyer | supplier */
    subject: text('subject').notNull(),
    subjectId: text('subject_id').notNull(),
    ocid: text('ocid'),
    value: doublePrecision('value').notNull(),
    threshold: doublePrecision('threshold'),
    evidence: jsonb('evidence').$type<FlagEvidence[]>().notNull(),
    computedAt: createdAt(),
  },
  (t) => [
    index('procurement_flags_ocid').on(t.ocid),
    index('procurement_flags_subject').on(t.subject, t.subjectId),
    index('procurement_flags_engine_code').on(t.engine, t.code),
  ],
);

/** The Corruption Risk Index of a tender or a buyer, with the component breakdown behind it. */
export const procurementRiskScores = pgTable(
  'procurement_risk_scores',
  {
    /** tender | buyer */
    subject: text('subject').notNull(),
    subjectId: text('subject_id').notNull(),
    score: doublePrecision('score').notNull(),
    /** For a buyer: how many tenders the mean is over. */
    tenders: integer('tenders').notNull().default(1),
    components: jsonb('components').$type<Record<string, unknown>>().notNull(),
    computedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.subjectId] })],
);

/**
 * The register of legal entities involved in corruption offences (Plan item 16): barred, by a
 * court decision, from some of procurement, tenders, auctions, state loans, subsidies and tax
 * benefits for a period. Lifting a bar keeps the row (the history is public).
 */
export const barredEntities = pgTable(
  'barred_entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The legal entity's identification number (INN), the key the checks match on. */
    identifier: text('identifier').notNull(),
    country: text('country').notNull().default('KG'),
    court: text('court').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date').notNull(),
    /** The offence and article as the decision states them. */
    ground: text('ground').notNull(),
    /** procurement | tenders | auctions | state_loans | subsidies | tax_benefits */
    restrictions: text('restrictions').array().notNull(),
    barredFrom: date('barred_from').notNull(),
    barredUntil: date('barred_until'),
    liftedAt: utc('lifted_at'),
    liftedReason: text('lifted_reason'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('barred_entities_identifier').on(t.identifier),
    uniqueIndex('barred_entities_decision').on(t.identifier, t.court, t.decisionNumber),
    check(
      'barred_entities_period',
      sql`${t.barredUntil} IS NULL OR ${t.barredUntil} >= ${t.barredFrom}`,
    ),
    check('barred_entities_restrictions', sql`cardinality(${t.restrictions}) > 0`),
  ],
);

/** A buyer's annual procurement plan (Plan item 6), one row per planned purchase. */
export const procurementPlanItems = pgTable(
  'procurement_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buyerId: text('buyer_id').notNull(),
    buyerName: text('buyer_name').notNull(),
    year: integer('year').notNull(),
    line: integer('line').notNull(),
    classification: text('classification').notNull(),
    description: text('description').notNull(),
    plannedTyiyn: bigint('planned_tyiyn', { mode: 'number' }),
    currency: text('currency').notNull().default('KGS'),
    method: text('method'),
    quarter: integer('quarter'),
    importedAt: createdAt(),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    uniqueIndex('procurement_plan_items_line').on(t.buyerId, t.year, t.line),
    index('procurement_plan_items_classification').on(t.buyerId, t.year, t.classification),
  ],
);

/**
 * What civic monitors say about a tender: a comment, or a concern the buyer must answer.
 */
export const tenderRemarks = pgTable(
  'tender_remarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ocid: text('ocid')
      .notNull()
      .references(() => procurementProcesses.ocid),
    /** comment | concern */
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: utc('answered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('tender_remarks_ocid').on(t.ocid),
    check(
      'tender_remarks_answer',
      sql`(${t.answer} IS NULL) = (${t.answeredAt} IS NULL) AND (${t.kind} = 'concern' OR ${t.answer} IS NULL)`,
    ),
  ],
);
