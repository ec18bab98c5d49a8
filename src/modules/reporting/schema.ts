import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { bytea, createdAt, utc } from '../../platform/db/columns.ts';
import { agencies } from '../../platform/reference/schema.ts';

/*
 * Whistleblower reports. Everything the reporter wrote (the report, files, file names, messages,
 * identity, protection details) is stored only as ciphertext; the columns in the clear are what
 * routing, queues, deadlines and public statistics need. See docs/modules/reporting.md.
 */

/** A handler's or custodian's X25519 key pair; the secret key only sealed (argon2id-derived keys). */
export const reportingKeys = pgTable('reporting_keys', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  publicKey: bytea('public_key').notNull(),
  /** secretbox(secret key) under argon2id(account password, passwordSalt). */
  sealedByPassword: bytea('sealed_by_password').notNull(),
  passwordSalt: bytea('password_salt').notNull(),
  /** secretbox(secret key) under argon2id(recovery code, recoverySalt). */
  sealedByRecovery: bytea('sealed_by_recovery').notNull(),
  recoverySalt: bytea('recovery_salt').notNull(),
  createdAt: createdAt(),
  updatedAt: utc('updated_at').notNull().defaultNow(),
});

/**
 * An unlocked secret key for a while: sealed under a key derived from a token that only the
 * caller holds (a handler's cookie, a reporter's header), so a copy of this table opens nothing.
 */
export const reportingKeySessions = pgTable(
  'reporting_key_sessions',
  {
    /** SHA-256 of the token. */
    id: text('id').primaryKey(),
    kind: text('kind').$type<'handler' | 'reporter'>().notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    reportId: uuid('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    sealedSecretKey: bytea('sealed_secret_key').notNull(),
    expiresAt: utc('expires_at').notNull(),
  },
  (t) => [index('reporting_key_sessions_expiry').on(t.expiresAt)],
);

export type ReportStatus = 'new' | 'in_progress' | 'closed';
export type ReportOutcome =
  | 'substantiated'
  | 'partly_substantiated'
  | 'not_substantiated'
  | 'referred';

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Short public reference the reporter and handler can quote (not a secret). */
    reference: text('reference').notNull().unique(),
    category: text('category').notNull(),
    /** The competent body that holds the report now. */
    bodyAgencyId: uuid('body_agency_id')
      .notNull()
      .references(() => agencies.id),
    status: text('status').$type<ReportStatus>().notNull().default('new'),
    outcome: text('outcome').$type<ReportOutcome>(),
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    /** BLAKE2b of argon2id(receipt): finds the report, cannot be turned back into the receipt. */
    receiptLookup: bytea('receipt_lookup').notNull(),
    reporterPublicKey: bytea('reporter_public_key').notNull(),
    /** The report key sealed for the reporter's receipt-derived key pair. */
    reporterSealedKey: bytea('reporter_sealed_key').notNull(),
    /** xchacha20poly1305(report JSON) under the report key. */
    content: bytea('content').notNull(),
    submittedAt: utc('submitted_at').notNull().defaultNow(),
    firstResponseAt: utc('first_response_at'),
    lastReporterActivityAt: utc('last_reporter_activity_at'),
    awaitingHandler: boolean('awaiting_handler').notNull().default(true),
    closedAt: utc('closed_at'),
    /** When the report and everything under it is destroyed (set on closing, per category). */
    expiresAt: utc('expires_at'),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    uniqueIndex('reports_receipt_lookup').on(t.receiptLookup),
    index('reports_body_queue').on(t.bodyAgencyId, t.status, t.submittedAt),
    index('reports_expiry').on(t.expiresAt),
  ],
);

/** The report key sealed (crypto_box_seal) for one handler. */
export const reportKeyHolders = pgTable(
  'report_key_holders',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sealedKey: bytea('sealed_key').notNull(),
    /** Why this holder has it: the body's handler, or the prosecutor of a protection request. */
    grant: text('grant').$type<'body' | 'protection'>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.userId] }),
    index('report_key_holders_user').on(t.userId),
  ],
);

export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The file's own key, sealed under the report key. */
    sealedKey: bytea('sealed_key').notNull(),
    /** Name, type, size and the metadata report, encrypted under the file key. */
    description: bytea('description').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('report_attachments_report').on(t.reportId, t.position)],
);

export const reportMessages = pgTable(
  'report_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    author: text('author').$type<'reporter' | 'handler'>().notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: bytea('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('report_messages_report').on(t.reportId, t.createdAt)],
);

/** The reporter's identity, if they chose to give it: its own key, sealed per custodian. */
export const reportIdentities = pgTable('report_identities', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
  /**
   * The identity key sealed for the reporter's receipt key pair (not under the report key: the
   * body's handlers hold that one, and must not read the identity without a custodian).
   */
  reporterSealedKey: bytea('reporter_sealed_key').notNull(),
  createdAt: createdAt(),
});

export const identityKeyHolders = pgTable(
  'identity_key_holders',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sealedKey: bytea('sealed_key').notNull(),
    grant: text('grant').$type<'custodian' | 'approved'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.userId] })],
);

export const identityRequests = pgTable(
  'identity_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    /** The handler's justification (their words, not the reporter's). */
    reason: text('reason').notNull(),
    status: text('status').$type<'pending' | 'approved' | 'refused'>().notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionReason: text('decision_reason'),
    requestedAt: utc('requested_at').notNull().defaultNow(),
    decidedAt: utc('decided_at'),
  },
  (t) => [index('identity_requests_status').on(t.status, t.requestedAt)],
);

export type ProtectionKind = 'dismissal' | 'demotion' | 'transfer' | 'harassment' | 'other';
export type ProtectionOutcome = 'measures_taken' | 'violation_not_found' | 'referred';

export const protectionRequests = pgTable(
  'protection_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    openedBy: text('opened_by').$type<'reporter' | 'handler'>().notNull(),
    kind: text('kind').$type<ProtectionKind>().notNull(),
    /** Details, date and the prosecutor's answer, encrypted under the report key. */
    details: bytea('details').notNull(),
    response: bytea('response'),
    status: text('status').$type<'open' | 'answered'>().notNull().default('open'),
    outcome: text('outcome').$type<ProtectionOutcome>(),
    openedAt: utc('opened_at').notNull().defaultNow(),
    deadline: date('deadline').notNull(),
    answeredAt: utc('answered_at'),
    answeredBy: uuid('answered_by').references(() => users.id),
  },
  (t) => [
    index('protection_requests_queue').on(t.status, t.deadline),
    index('protection_requests_report').on(t.reportId),
  ],
);

export const rewardDecisions = pgTable(
  'reward_decisions',
  {
    reportId: uuid('report_id')
      .primaryKey()
      .references(() => reports.id, { onDelete: 'cascade' }),
    eligible: boolean('eligible').notNull(),
    /** The sum recovered and paid to the state that the reward is reckoned from, whole som. */
    recoveredSom: integer('recovered_som'),
    /** Whole som; null when not eligible. */
    amountSom: integer('amount_som'),
    basis: text('basis').notNull(),
    paymentDue: date('payment_due'),
    paidOn: date('paid_on'),
    paymentReference: text('payment_reference'),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: utc('decided_at').notNull().defaultNow(),
  },
  (t) => [index('reward_decisions_due').on(t.paidOn, t.paymentDue)],
);

/** Proof-of-work challenges already spent (each counts once). */
export const spentChallenges = pgTable(
  'reporting_spent_challenges',
  {
    digest: text('digest').primaryKey(),
    expiresAt: utc('expires_at').notNull(),
  },
  (t) => [index('reporting_spent_challenges_expiry').on(t.expiresAt)],
);

/**
 * Counts kept after a report is destroyed at the end of its retention, so that public statistics
 * do not shrink when the records go: one row per destroyed report, no content, no dates finer
 * than the month.
 */
export const destroyedReports = pgTable('destroyed_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  category: text('category').notNull(),
  bodyAgencyId: uuid('body_agency_id').notNull(),
  outcome: text('outcome'),
  submittedMonth: date('submitted_month').notNull(),
  firstResponseHours: integer('first_response_hours'),
  destroyedAt: utc('destroyed_at').notNull().defaultNow(),
});
