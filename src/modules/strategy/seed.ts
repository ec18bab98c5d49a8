import type { Db } from '../../platform/db/client.ts';
import { loadIfChanged } from '../../platform/reference/versions.ts';
import { loadIndicatorDefinitions } from './indicators/definition.ts';
import { indicatorDefinitions } from './indicators/schema.ts';
import { loadStrategyReference } from './reference.ts';
import {
  strategyActivities,
  strategyDirections,
  strategyIndicators,
  strategyItems,
  strategyTargets,
} from './schema.ts';

/**
 * Loads the Strategy reference data when the files changed since the last load; upserts by number
 * and code, so a corrected file updates in place.
 */
export async function seedStrategy(db: Db): Promise<string[]> {
  const ref = loadStrategyReference();
  const definitions = loadIndicatorDefinitions();
  return loadIfChanged(db, 'strategy', { ref, definitions }, async (tx) => {
    let activities = 0;
    let indicators = 0;
    for (const d of ref.directions) {
      await tx
        .insert(strategyDirections)
        .values(d)
        .onConflictDoUpdate({ target: strategyDirections.number, set: { title: d.title } });
    }
    for (const item of ref.items) {
      const row = {
        number: item.number,
        directionNumber: item.direction,
        goals: item.goals,
        tasks: item.tasks,
      };
      await tx
        .insert(strategyItems)
        .values(row)
        .onConflictDoUpdate({ target: strategyItems.number, set: row });
      for (const [position, a] of item.activities.entries()) {
        const activity = {
          code: a.code,
          itemNumber: item.number,
          position,
          text: a.text,
          expectedResults: a.expectedResults,
        };
        await tx
          .insert(strategyActivities)
          .values(activity)
          .onConflictDoUpdate({ target: strategyActivities.code, set: activity });
        activities++;
        for (const [k, ind] of a.indicators.entries()) {
          const indicator = { code: ind.code, activityCode: a.code, position: k, text: ind.text };
          await tx
            .insert(strategyIndicators)
            .values(indicator)
            .onConflictDoUpdate({ target: strategyIndicators.code, set: indicator });
          indicators++;
        }
      }
    }
    for (const d of definitions) {
      await tx
        .insert(indicatorDefinitions)
        .values(d)
        .onConflictDoUpdate({ target: indicatorDefinitions.code, set: d });
    }
    for (const t of ref.targets) {
      await tx
        .insert(strategyTargets)
        .values(t)
        .onConflictDoUpdate({ target: strategyTargets.code, set: t });
    }
    return [
      `strategy: ${ref.directions.length} directions, ${ref.items.length} Plan items, ${activities} activities, ${indicators} indicators (${definitions.length} defined), ${ref.targets.length} headline targets`,
    ];
  });
}
