/**
 * What a court decision may bar a legal entity from, as Plan item 16 lists it: taking part in
 * public procurement, tenders and auctions, and receiving state loans, subsidies and tax benefits.
 */
export const RESTRICTIONS = [
  'procurement',
  'tenders',
  'auctions',
  'state_loans',
  'subsidies',
  'tax_benefits',
] as const;
export type Restriction = (typeof RESTRICTIONS)[number];

export const isRestriction = (value: string): value is Restriction =>
  (RESTRICTIONS as readonly string[]).includes(value);
