/**
 * The closed lists of the declaration form (relations, kinds, categories), without any library,
 * so that the server's schema and the web form share one definition.
 */

export const RELATIONS = ['spouse', 'child', 'parent', 'sibling', 'other'] as const;

export const INCOME_KINDS = [
  'salary',
  'business',
  'rent',
  'property_sale',
  'interest_dividends',
  'pension_benefits',
  'gift',
  'prize',
  'inheritance',
  'other',
] as const;

export const REAL_ESTATE_KINDS = [
  'apartment',
  'house',
  'land',
  'non_residential',
  'other',
] as const;

export const VEHICLE_KINDS = ['car', 'truck', 'motorcycle', 'other'] as const;

export const ACCOUNT_KINDS = ['bank_account', 'deposit', 'cash', 'electronic_money'] as const;

export const SECURITY_KINDS = ['shares', 'company_stake', 'bonds', 'other'] as const;

export const CREDITOR_KINDS = ['bank', 'non_bank', 'individual'] as const;

/** Movable or immovable: the large-purchase thresholds are set per category (Plan item 4). */
export const SPENDING_CATEGORIES = [
  'immovable',
  'movable',
  'vehicle',
  'securities',
  'other',
] as const;
