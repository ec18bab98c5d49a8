import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { localized } from '../../platform/db/columns.ts';
import type { LocalizedText } from '../../platform/i18n/language.ts';

/** The Strategy's reference data (Decree No. 180), loaded from data/ by the seed, never edited in place. */
export const strategyDirections = pgTable('strategy_directions', {
  number: integer('number').primaryKey(),
  title: localized('title').notNull(),
});

export const strategyItems = pgTable('strategy_items', {
  number: integer('number').primaryKey(),
  directionNumber: integer('direction_number')
    .notNull()
    .references(() => strategyDirections.number),
  goals: jsonb('goals').$type<LocalizedText[]>().notNull(),
  tasks: jsonb('tasks').$type<LocalizedText[]>().notNull(),
});

export const strategyActivities = pgTable('strategy_activities', {
  code: text('code').primaryKey(),
  itemNumber: integer('item_number')
    .notNull()
    .references(() => strategyItems.number),
  position: integer('position').notNull(),
  text: localized('text').notNull(),
  expectedResults: jsonb('expected_results').$type<LocalizedText[]>().notNull(),
});

export const strategyIndicators = pgTable('strategy_indicators', {
  code: text('code').primaryKey(),
  activityCode: text('activity_code')
    .notNull()
    .references(() => strategyActivities.code),
  position: integer('position').notNull(),
  text: localized('text').notNull(),
});

export const strategyTargets = pgTable('strategy_targets', {
  code: text('code').primaryKey(),
  year: integer('year').notNull(),
  measure: text('measure').notNull(),
  change: jsonb('change').$type<{ kind: string; value: number }>().notNull(),
  text: localized('text').notNull(),
});
