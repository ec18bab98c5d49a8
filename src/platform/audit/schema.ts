import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { utc } from '../db/columns.ts';

/**
 * Append-only, hash-chained log. A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE;
 * each hash covers the entry and the previous hash, so an edit behind the trigger breaks the chain.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: utc('at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').notNull(),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_action_idx').on(t.action),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
);
