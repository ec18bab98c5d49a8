// The baseline's tables: copies of the allocation log and the case register with the same
// columns and indexes, written without the engine (no eligibility, no draw, no hashing).
import { sql } from 'drizzle-orm';
import { bigint, date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Db } from '../../src/platform/db/client.ts';

export const bareLog = pgTable('bench_bare_log', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  day: date('day').notNull(),
  kind: text('kind').notNull(),
  courtId: uuid('court_id'),
  caseId: uuid('case_id'),
  judgeId: uuid('judge_id'),
  payload: jsonb('payload').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

export async function createBareTables(db: Db) {
  await db.execute(sql`CREATE TABLE bench_bare_log (LIKE allocation_log INCLUDING ALL)`);
  await db.execute(sql`CREATE TABLE bench_bare_cases (LIKE court_cases INCLUDING ALL)`);
}
