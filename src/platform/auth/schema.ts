import { boolean, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, utc } from '../db/columns.ts';
import { agencies } from '../reference/schema.ts';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-case so that "Admin" and "admin" are one account. */
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** argon2id, libsodium's crypto_pwhash_str encoding. */
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull().default([]),
  agencyId: uuid('agency_id').references(() => agencies.id),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: utc('locked_until'),
  synthetic: boolean('synthetic').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not give away live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: utc('expires_at').notNull(),
    lastSeenAt: utc('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
