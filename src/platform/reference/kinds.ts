/** Kinds of state body, as the admin pages and the open-data list group them. */
export const AGENCY_KINDS = [
  'security_council',
  'prosecution',
  'government_office',
  'ministry',
  'state_service',
  'state_committee',
  'court',
  'judicial_body',
  'election_commission',
  'local_self_government',
  'independent_body',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
