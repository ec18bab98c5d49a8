import { type AnyPgColumn, boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, localized, updatedAt, utc } from '../db/columns.ts';

/** State bodies and local self-government bodies: the agencies that plans, users and data belong to. */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind').notNull(),
    name: localized('name').notNull(),
    shortName: localized('short_name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    /** true for invented demo bodies; real bodies carry their source. */
    synthetic: boolean('synthetic').notNull().default(false),
    source: text('source'),
    /** false where a translation of the name could not be checked against an official text. */
    nameVerified: boolean('name_verified').notNull().default(true),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('agencies_kind_idx').on(t.kind)],
);

/**
 * Which version of each reference file the database holds (SHA-256 of its content), so a start
 * reloads the file only when it changed.
 */
export const referenceVersions = pgTable('reference_versions', {
  name: text('name').primaryKey(),
  sha256: text('sha256').notNull(),
  loadedAt: utc('loaded_at').notNull().defaultNow(),
});
