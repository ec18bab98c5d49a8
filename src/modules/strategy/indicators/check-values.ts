import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import type { IndicatorValue } from '../reporting/units.ts';
import { valueProblem } from './attainment.ts';
import { indicatorCatalogue } from './catalogue.ts';

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
  const problems: { indicatorCode: string; problem: string }[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const indicator = byCode.get(v.indicatorCode);
    const problem = !indicator
      ? 'no such Plan indicator'
      : indicator.activityCode !== activityCode
        ? `the indicator belongs to activity ${indicator.activityCode}, the measure to ${activityCode ?? 'no activity'}`
        : indicator.definition.source.kind === 'computed'
          ? 'the platform measures this indicator from its own records; it is not reported'
          : seen.has(v.indicatorCode)
            ? 'reported twice'
            : indicator.definition.unit !== v.unit
              ? `the indicator is measured in ${indicator.definition.unit}, not ${v.unit}`
              : valueProblem(v.unit, v.value);
    seen.add(v.indicatorCode);
    if (problem) problems.push({ indicatorCode: v.indicatorCode, problem });
  }
  if (problems.length > 0) throw new AppError(400, 'indicator_value_invalid', { problems });
}
