import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { strategyIndicators } from '../schema.ts';
import type { Baseline, IndicatorSource, Target } from './definition.ts';

/**
 * How each Plan indicator is measured: the team's reading of the Plan (data/indicators.json),
 * kept apart from the Decree's own text in strategy_indicators.
 */
export const indicatorDefinitions = pgTable('indicator_definitions', {
  code: text('code')
    .primaryKey()
    .references(() => strategyIndicators.code),
  type: text('type').notNull(),
  unit: text('unit').notNull(),
  direction: text('direction').notNull(),
  period: text('period').notNull(),
  baseline: jsonb('baseline').$type<Baseline | null>(),
  target: jsonb('target').$type<Target | null>(),
  source: jsonb('source').$type<IndicatorSource>().notNull(),
});
