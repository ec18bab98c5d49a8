import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { IndicatorValue } from '../reporting/units.ts';
import { valueProblem } from './attainment.ts';
import { type CatalogueIndicator, indicatorCatalogue } from './catalogue.ts';

/** Why a value was refused, for the interface to say in the user's language. */
export type ProblemReason =
  | 'unknown_indicator'
  | 'other_activity'
  | 'computed'
  | 'duplicate'
  | 'unit_mismatch'
  | 'out_of_range';

/**
 * A report may carry values only for the manual indicators of its measure's Plan activity, each in the
 * indicator's own unit and within what the unit allows, each indicator once. Refuses with every
 * problem listed, before anything is written.
 */
export async function checkIndicatorValues(
  db: Db,
  activityCode: string | null,
  values: readonly IndicatorValue[],
): Promise<void> {
  if (values.length === 0) return;
  const { byCode } = await indicatorCatalogue.get(db);
  const problems: { indicatorCode: string; reason: ProblemReason; problem: string }[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const found = firstProblem(byCode.get(v.indicatorCode), v, activityCode, seen);
    seen.add(v.indicatorCode);
    if (found)
      problems.push({ indicatorCode: v.indicatorCode, reason: found[0], problem: found[1] });
  }
  if (problems.length > 0) throw new AppError(400, 'indicator_value_invalid', { problems });
}

/** What is wrong with one value, checked in this order; null when it fits. */
function firstProblem(
  indicator: CatalogueIndicator | undefined,
  v: IndicatorValue,
  activityCode: string | null,
  seen: ReadonlySet<string>,
): [ProblemReason, string] | null {
  if (!indicator) return ['unknown_indicator', 'no such Plan indicator'];
  if (indicator.activityCode !== activityCode)
    return [
      'other_activity',
      `the indicator belongs to activity ${indicator.activityCode}, the measure to ${activityCode ?? 'no activity'}`,
    ];
  if (indicator.definition.source.kind === 'computed')
    return [
      'computed',
      'the platform measures this indicator from its own records; it is not reported',
    ];
  if (seen.has(v.indicatorCode)) return ['duplicate', 'reported twice'];
  if (indicator.definition.unit !== v.unit)
    return [
      'unit_mismatch',
      `the indicator is measured in ${indicator.definition.unit}, not ${v.unit}`,
    ];
  const range = valueProblem(v.unit, v.value);
  return range ? ['out_of_range', range] : null;
}
