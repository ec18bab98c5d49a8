import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { memoPerDatabase } from '../../platform/db/memo.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Row } from '../../platform/opendata/registry.ts';
import { indicatorCatalogue } from './indicators/catalogue.ts';
import {
  strategyActivities,
  strategyDirections,
  strategyIndicators,
  strategyItems,
  strategyTargets,
} from './schema.ts';

// Reference data changes only when the seed runs: five minutes of reuse is safe.
const overview = memoPerDatabase(5 * 60_000, computeOverview);

/** The Strategy at a glance: directions with their Plan items, and the headline targets. */
export const strategyOverview = (db: Db) => overview.get(db);

async function computeOverview(db: Db) {
  const [directions, items, counts, targets] = await Promise.all([
    db.select().from(strategyDirections).orderBy(asc(strategyDirections.number)),
    db.select().from(strategyItems).orderBy(asc(strategyItems.number)),
    db
      .select({
        itemNumber: strategyActivities.itemNumber,
        activities: sql<number>`count(DISTINCT ${strategyActivities.code})::int`,
        indicators: sql<number>`count(${strategyIndicators.code})::int`,
      })
      .from(strategyActivities)
      .leftJoin(strategyIndicators, eq(strategyIndicators.activityCode, strategyActivities.code))
      .groupBy(strategyActivities.itemNumber),
    db.select().from(strategyTargets).orderBy(asc(strategyTargets.code)),
  ]);
  const countOf = new Map(counts.map((c) => [c.itemNumber, c]));
  return {
    directions: directions.map((d) => ({
      number: d.number,
      title: d.title,
      items: items
        .filter((i) => i.directionNumber === d.number)
        .map((i) => ({
          number: i.number,
          goals: i.goals,
          activityCount: countOf.get(i.number)?.activities ?? 0,
          indicatorCount: countOf.get(i.number)?.indicators ?? 0,
        })),
    })),
    targets: targets.map((t) => ({ code: t.code, year: t.year, change: t.change, text: t.text })),
  };
}

/** One Plan item in full: goals, tasks, activities with their expected results and indicators. */
export async function planItem(db: Db, number: number) {
  const [item] = await db.select().from(strategyItems).where(eq(strategyItems.number, number));
  if (!item) throw notFound({ item: number });
  const [direction] = await db
    .select()
    .from(strategyDirections)
    .where(eq(strategyDirections.number, item.directionNumber));
  const activities = await db
    .select()
    .from(strategyActivities)
    .where(eq(strategyActivities.itemNumber, number))
    .orderBy(asc(strategyActivities.position));
  const indicators = activities.length
    ? await db
        .select()
        .from(strategyIndicators)
        .where(
          inArray(
            strategyIndicators.activityCode,
            activities.map((a) => a.code),
          ),
        )
        .orderBy(asc(strategyIndicators.code), asc(strategyIndicators.position))
    : [];
  const catalogue = await indicatorCatalogue.get(db);
  return {
    number: item.number,
    direction: { number: direction!.number, title: direction!.title },
    goals: item.goals,
    tasks: item.tasks,
    activities: activities.map((a) => ({
      code: a.code,
      text: a.text,
      expectedResults: a.expectedResults,
      indicators: indicators
        .filter((i) => i.activityCode === a.code)
        .sort((x, y) => x.position - y.position)
        .map((i) => ({
          code: i.code,
          text: i.text,
          definition: catalogue.byCode.get(i.code)?.definition ?? null,
        })),
    })),
  };
}

/** The Plan's activities, one row each, for open data. Small reference table: one page. */
export async function* planActivityRows(db: Db): AsyncGenerator<Row[]> {
  const rows = await db
    .select({ a: strategyActivities, item: strategyItems })
    .from(strategyActivities)
    .innerJoin(strategyItems, eq(strategyItems.number, strategyActivities.itemNumber))
    .orderBy(asc(strategyActivities.itemNumber), asc(strategyActivities.position));
  yield rows.map(({ a, item }) => ({
    direction: item.directionNumber,
    item: item.number,
    activity_code: a.code,
    activity_ky: a.text.ky,
    activity_ru: a.text.ru,
    activity_en: a.text.en,
    expected_results_ky: a.expectedResults.map((r) => r.ky).join('\n'),
    expected_results_ru: a.expectedResults.map((r) => r.ru).join('\n'),
    expected_results_en: a.expectedResults.map((r) => r.en).join('\n'),
  }));
}

export async function* planIndicatorRows(db: Db): AsyncGenerator<Row[]> {
  const { list } = await indicatorCatalogue.get(db);
  yield list.map((i) => ({
    item: i.itemNumber,
    activity_code: i.activityCode,
    indicator_code: i.code,
    indicator_ky: i.text.ky,
    indicator_ru: i.text.ru,
    indicator_en: i.text.en,
    type: i.definition.type,
    unit: i.definition.unit,
    direction: i.definition.direction,
    period: i.definition.period,
    baseline: i.definition.baseline?.value ?? null,
    target: i.definition.target?.value ?? null,
    target_basis: i.definition.target?.basis ?? null,
    source: i.definition.source.kind === 'computed' ? i.definition.source.key : 'manual',
  }));
}
