import type { IndicatorUnit } from '../reporting/units.ts';
import type { IndicatorDefinition } from './definition.ts';

/**
 * Indicator arithmetic (docs/modules/strategy-indicators.md). Pure: definitions and numbers in,
 * numbers with their reasons out.
 */

const clamp = (x: number) => Math.max(0, Math.min(1, x));

/**
 * How far a value goes towards the target, 0..1; null when the Plan states no target. With a
 * baseline the distance is measured from it; without one, from zero.
 */
export function attainment(
  def: Pick<IndicatorDefinition, 'direction' | 'baseline' | 'target'>,
  value: number,
): number | null {
  const target = def.target?.value;
  if (target === undefined) return null;
  const base = def.baseline?.value;
  switch (def.direction) {
    case 'achieve':
      return value >= target ? 1 : 0;
    case 'increase':
      if (base !== undefined && base !== target) return clamp((value - base) / (target - base));
      return target <= 0 || value >= target ? 1 : clamp(value / target);
    case 'decrease':
      if (base !== undefined && base !== target) return clamp((base - value) / (base - target));
      return value <= target ? 1 : clamp(target / value);
  }
}

/**
 * The national value of a manual indicator for a year, from the values agencies reported in
 * verified reports: shares, ranks and intervals are averaged, counts and sums of money added up,
 * and a yes/no holds only when every reporting body says yes.
 */
export function nationalValue(
  unit: IndicatorUnit,
  values: readonly number[],
): { value: number; basis: string } | null {
  if (values.length === 0) return null;
  const n = values.length;
  const reports = `${n} verified report${n === 1 ? '' : 's'}`;
  switch (unit) {
    case 'count':
    case 'som':
      return { value: values.reduce((a, b) => a + b, 0), basis: `sum of ${reports}` };
    case 'yes_no':
      return {
        value: values.every((v) => v >= 1) ? 1 : 0,
        basis: `yes only if all ${reports} say yes`,
      };
    default: {
      const mean = values.reduce((a, b) => a + b, 0) / n;
      return { value: Math.round(mean * 100) / 100, basis: `mean of ${reports}` };
    }
  }
}

/** What a reported value may be, per unit; anything else is refused with this reason. */
export function valueProblem(unit: IndicatorUnit, value: number): string | null {
  switch (unit) {
    case 'percent':
      return value >= 0 && value <= 100 ? null : 'a percentage is between 0 and 100';
    case 'yes_no':
      return value === 0 || value === 1 ? null : 'yes/no is reported as 1 (yes) or 0 (no)';
    case 'rank':
      return Number.isInteger(value) && value >= 1 ? null : 'a rank is a whole number from 1';
    case 'count':
    case 'days':
      return Number.isInteger(value) && value >= 0 ? null : 'a count is a whole number from 0';
    case 'som':
      return value >= 0 ? null : 'an amount of money is not negative';
  }
}
