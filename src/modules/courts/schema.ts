import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { createdAt, localized, utc } from '../../platform/db/columns.ts';
import { agencies } from '../../platform/reference/schema.ts';
import type { AllocationReason, AllocationRules, LogPayload } from './engine/types.ts';

/**
 * The allocation log: append-only and hash-chained. It is the record of truth that the public
 * verifies; the tables below are projections of it for queries, checked against it by the
 * verification. `kind`, `court_id`, `case_id` and `judge_id` repeat payload fields for indexes.
 */
export const allocationLog = pgTable(
  'allocation_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: utc('at').notNull(),
    day: date('day').notNull(),
    kind: text('kind').notNull(),
    courtId: uuid('court_id'),
    caseId: uuid('case_id'),
    judgeId: uuid('judge_id'),
    payload: jsonb('payload').$type<LogPayload>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('allocation_log_day').on(t.day, t.kind),
    index('allocation_log_court').on(t.courtId, t.kind, t.seq),
    index('allocation_log_case').on(t.caseId),
    index('allocation_log_judge').on(t.judgeId),
  ],
);

/** A day's head, signed with Ed25519 once the day has closed. */
export const allocationHeads = pgTable('allocation_heads', {
  day: date('day').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  headHash: text('head_hash').notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
  signedAt: utc('signed_at').notNull().defaultNow(),
});

/** Public keys the heads are signed with (the private key never enters the database). */
export const allocationKeys = pgTable('allocation_keys', {
  keyId: text('key_id').primaryKey(),
  publicKey: text('public_key').notNull(),
  createdAt: createdAt(),
});

export const courts = pgTable('courts', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: localized('name').notNull(),
  /** first | appeal | cassation */
  instance: text('instance').notNull(),
  agencyId: uuid('agency_id').references(() => agencies.id),
  createdAt: createdAt(),
});

export const courtChambers = pgTable('court_chambers', {
  id: uuid('id').primaryKey().defaultRandom(),
  courtId: uuid('court_id')
    .notNull()
    .references(() => courts.id),
  name: localized('name').notNull(),
  specialisation: text('specialisation').notNull(),
});

export const caseCategories = pgTable('case_categories', {
  code: text('code').primaryKey(),
  name: localized('name').notNull(),
  specialisation: text('specialisation').notNull(),
});

/** The rules' versions; each takes effect from the day after it is published. */
export const allocationRules = pgTable('allocation_rules', {
  version: integer('version').primaryKey(),
  rules: jsonb('rules').$type<AllocationRules>().notNull(),
  effectiveFrom: date('effective_from').notNull(),
  publishedAt: utc('published_at').notNull().defaultNow(),
  publishedBy: uuid('published_by').references(() => users.id),
});

/**
 * Judges as they stand now, with the version published last (which may take effect only
 * tomorrow). The PIN is kept only for the conflict-of-interest check and never published.
 */
export const judges = pgTable(
  'judges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtId: uuid('court_id')
      .notNull()
      .references(() => courts.id),
    chamberId: uuid('chamber_id')
      .notNull()
      .references(() => courtChambers.id),
    fullName: text('full_name').notNull(),
    pin: text('pin'),
    specialisations: text('specialisations').array().notNull(),
    loadPercent: integer('load_percent').notNull(),
    /** active | left */
    status: text('status').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('judges_court').on(t.courtId)],
);

export const judgeAbsences = pgTable(
  'judge_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    judgeId: uuid('judge_id')
      .notNull()
      .references(() => judges.id),
    /** leave | sickness | training | other: kept here, published only as "absent". */
    kind: text('kind').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('judge_absences_judge').on(t.judgeId)],
);

export interface CaseParty {
  role: 'claimant' | 'defendant' | 'accused' | 'victim' | 'third-party';
  name: string;
  /** PIN of a person or INN of an organisation, when given: the conflict check uses it. */
  identifier?: string | undefined;
}

export const courtCases = pgTable(
  'court_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtId: uuid('court_id')
      .notNull()
      .references(() => courts.id),
    number: text('number').notNull(),
    category: text('category')
      .notNull()
      .references(() => caseCategories.code),
    claim: text('claim').notNull(),
    parties: jsonb('parties').$type<CaseParty[]>().notNull(),
    claimFingerprint: text('claim_fingerprint').notNull(),
    earlierCaseId: uuid('earlier_case_id'),
    filedAt: utc('filed_at').notNull(),
    judgeId: uuid('judge_id').references(() => judges.id),
    allocatedAt: utc('allocated_at'),
    lastReason: text('last_reason').$type<AllocationReason>(),
    /** The log entry of the case's latest allocation (or failure). */
    allocationSeq: bigint('allocation_seq', { mode: 'number' }),
    registeredBy: uuid('registered_by').references(() => users.id),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    uniqueIndex('court_cases_number').on(t.courtId, t.number),
    index('court_cases_judge').on(t.judgeId),
    index('court_cases_fingerprint').on(t.claimFingerprint),
    index('court_cases_filed').on(t.courtId, t.filedAt),
  ],
);

/** Recusals with what is not published: the note and who recorded it. */
export const courtRecusals = pgTable('court_recusals', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => courtCases.id),
  judgeId: uuid('judge_id')
    .notNull()
    .references(() => judges.id),
  /** declared | conflict */
  grounds: text('grounds').notNull(),
  note: text('note'),
  /** For a conflict: what the conflicts module found (kept for the court, not published). */
  evidence: jsonb('evidence'),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  createdAt: createdAt(),
});
