import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client.ts';
import { memoPerDatabase } from '../../../platform/db/memo.ts';
import type { LocalizedText } from '../../../platform/i18n/language.ts';
import type { IndicatorUnit } from '../reporting/units.ts';
import type { Baseline, IndicatorSource, Target } from './definition.ts';

export interface CatalogueIndicator {
  code: string;
  activityCode: string;
  itemNumber: number;
  text: LocalizedText;
  definition: {
    type: 'percentage' | 'count' | 'yes_no' | 'rank';
    unit: IndicatorUnit;
    direction: 'increase' | 'decrease' | 'achieve';
    period: 'year' | 'half_year' | 'quarter' | 'strategy';
    baseline: Baseline | null;
    target: Target | null;
    source: IndicatorSource;
  };
}

interface Row {
  code: string;
  activity_code: string;
  item_number: number;
  text: LocalizedText;
  type: CatalogueIndicator['definition']['type'];
  unit: IndicatorUnit;
  direction: CatalogueIndicator['definition']['direction'];
  period: CatalogueIndicator['definition']['period'];
  baseline: Baseline | null;
  target: Target | null;
  source: IndicatorSource;
}

/**
 * The Plan's indicators with their definitions, in Plan order. Reference data that changes only
 * when the seed loads a corrected file, so it is read once per database and kept.
 */
export const indicatorCatalogue = memoPerDatabase(3600_000, async (db: Db) => {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT i.code, i.activity_code, a.item_number, i.text,
               d.type, d.unit, d.direction, d.period, d.baseline, d.target, d.source
        FROM strategy_indicators i
        JOIN strategy_activities a ON a.code = i.activity_code
        JOIN indicator_definitions d ON d.code = i.code
        ORDER BY a.item_number, a.position, i.position`,
  );
  const list: CatalogueIndicator[] = rows.map((r) => ({
    code: r.code,
    activityCode: r.activity_code,
    itemNumber: r.item_number,
    text: r.text,
    definition: {
      type: r.type,
      unit: r.unit,
      direction: r.direction,
      period: r.period,
      baseline: r.baseline,
      target: r.target,
      source: r.source,
    },
  }));
  return { list, byCode: new Map(list.map((i) => [i.code, i])) };
});
