import type { Severity } from './types.ts';

/** Every finding the checks can give; the risk weights in data/check-settings.json name each one. */
export const FINDING_CODES = [
  'arithmetic.total_mismatch',
  'logic.shares_over_100',
  'logic.date_after_year',
  'logic.unknown_owner',
  'logic.no_salary',
  'consistency.property_disappeared',
  'consistency.property_changed',
  'registry.undeclared_real_estate',
  'registry.undeclared_vehicle',
  'registry.undeclared_company',
  'registry.unknown_record',
  'registry.mismatch',
  'registry.prefill_corrected',
  'balance.unexplained_wealth',
  'purchase.above_threshold',
  'ratio.monetary_assets_vs_income',
  'ratio.spending_vs_income',
  'ratio.liabilities_vs_income_assets',
  'ratio.large_cash',
  'ratio.gifts_prizes_share',
  'ratio.zero_price_property',
  'ratio.house_without_land',
  'ratio.luxury_vehicle',
  'ratio.foreign_assets',
  'ratio.non_bank_loans',
  'ratio.relative_refused',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high'] as const satisfies readonly Severity[];

/** Orders severities so that "the highest severity of a code" is a comparison. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
};
