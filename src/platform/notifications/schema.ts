import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { createdAt, localized, utc } from '../db/columns.ts';

/** In-app notifications: what the platform tells a person on its own (overdue measures, returns). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: localized('title').notNull(),
    link: text('link'),
    /** The same event is told once: a repeated scan finds the key and adds nothing. */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: createdAt(),
    readAt: utc('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
