/** Units an indicator value may be reported in; anything else is refused (400). */
export const INDICATOR_UNITS = ['percent', 'count', 'yes_no', 'rank', 'som', 'days'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export interface IndicatorValue {
  indicatorCode: string;
  value: number;
  unit: IndicatorUnit;
}
