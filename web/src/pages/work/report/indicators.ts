import { INDICATOR_UNITS, type IndicatorUnit, type PlanIndicator } from '../../../api/types.ts';
import type { LocalizedText } from '../../../format/localized.ts';
import { usePlanItem } from '../../strategy/queries.ts';
import { itemOf } from '../plans/ActivityPicker.tsx';

/** A Plan indicator as the report form needs it: the unit is fixed when its definition names one. */
export type IndicatorField = {
  code: string;
  text: LocalizedText | null;
  unit: IndicatorUnit | null;
  /** The Plan's target, when the definition reads one from it. */
  target?: { value: number; year: number } | null;
  /** Measured by the platform from its own records: officers do not report it. */
  computed?: boolean;
};

const isUnit = (value: unknown): value is IndicatorUnit =>
  typeof value === 'string' && (INDICATOR_UNITS as readonly string[]).includes(value);

/** The definition's unit if the server sends one (indicators[].definition.unit), else null. */
export function definedUnit(indicator: PlanIndicator): IndicatorUnit | null {
  const definition = (indicator as { definition?: { unit?: unknown } | null }).definition;
  return isUnit(definition?.unit) ? definition.unit : null;
}

/** The definition's target if the server sends one, else null. */
export function definedTarget(indicator: PlanIndicator): { value: number; year: number } | null {
  const target = (indicator as { definition?: { target?: unknown } | null }).definition?.target as
    | { value?: unknown; year?: unknown }
    | null
    | undefined;
  return typeof target?.value === 'number' && typeof target.year === 'number'
    ? { value: target.value, year: target.year }
    : null;
}

/** Whether the definition says the platform computes the indicator itself. */
export function isComputed(indicator: PlanIndicator): boolean {
  const source = (indicator as { definition?: { source?: { kind?: unknown } } | null }).definition
    ?.source;
  return source?.kind === 'computed';
}

/** The indicators of the measure's Plan activity, from its Plan item. */
export function useActivityIndicators(activityCode: string | null) {
  const item = usePlanItem(activityCode ? itemOf(activityCode) : null);
  const activity = item.data?.activities.find((a) => a.code === activityCode);
  const fields: IndicatorField[] = (activity?.indicators ?? []).map((i) => ({
    code: i.code,
    text: i.text,
    unit: definedUnit(i),
    target: definedTarget(i),
    computed: isComputed(i),
  }));
  return { activity, fields, isPending: activityCode !== null && item.isPending, query: item };
}
