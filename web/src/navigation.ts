import { type Access, isAllowed } from '../../src/platform/auth/roles.ts';
import type { Role } from './api/types.ts';
import type { Messages } from './i18n/ky.ts';

// Pages follow the same rule as the server's routes: one definition of who may open what.
export type { Access };

export const ADMIN_ONLY: Access = ['admin'];
/** Who keeps plans and reports on measures: agency officers, coordinators, admins (as the API). */
export const PLAN_KEEPERS: Access = ['officer', 'coordinator', 'admin'];
/** Who reviews reports and sets the reporting periods. */
export const COORDINATORS: Access = ['coordinator', 'admin'];
/** Who files asset declarations: the officials in the register of declarants. */
export const DECLARANTS: Access = ['declarant'];
/** Who runs full checks of declarations. */
export const VERIFIERS: Access = ['verifier'];
/** Who watches who filed declarations on time (Plan indicator "100% of officials file"). */
export const FILING_WATCHERS: Access = ['verifier', 'coordinator', 'admin'];
/** Who receives declarations referred after a full check. */
export const PROSECUTORS: Access = ['prosecutor'];
/** Who may open a declaration under check: verifiers, and the prosecutor once it is referred. */
export const DECLARATION_READERS: Access = ['verifier', 'prosecutor'];
/** Who reads the conflict-of-interest findings: verifiers act on them, prosecutors read. */
export const CONFLICT_FINDING_READERS: Access = ['verifier', 'prosecutor'];
/** Who reads conflict-of-interest cases: heads of state bodies see their own agency's. */
export const CONFLICT_CASE_READERS: Access = ['verifier', 'prosecutor', 'agency_head'];
/** Who decides the measure on notifications of conflicts: the head of the official's body. */
export const AGENCY_HEADS: Access = ['agency_head'];
/** Who reads the relations graph of people and organisations (every read audited). */
export const RELATIONS_READERS: Access = ['verifier', 'prosecutor'];
/** Who keeps the register of barred legal entities: the prosecutor's office and admins (as the API). */
export const BAR_KEEPERS: Access = ['prosecutor', 'admin'];
/** Who answers citizens' concerns about their agency's tenders (as the API). */
export const CONCERN_ANSWERERS: Access = ['officer', 'agency_head'];
/** Who may comment on a tender or raise a concern: registered citizens, the civic monitors. */
export const CIVIC_MONITORS: Access = ['public'];
/** Who registers court cases and keeps judges and allocation rules (as the API). */
export const COURT_ADMINS: Access = ['court_admin'];
/** Who handles whistleblower reports for their own body (as the API's HANDLER_ROLES). */
export const REPORT_HANDLERS: Access = ['prosecutor', 'investigator', 'officer'];
/** Who approves or refuses a handler's request to see a reporter's identity. */
export const IDENTITY_CUSTODIANS: Access = ['custodian'];

export type NavItem = {
  path: string;
  label: keyof Messages['nav'];
  access: Access;
  section: 'main' | 'work' | 'admin';
  /** Other addresses that belong to this entry (its own path and everything under it always do). */
  also?: readonly string[];
};

/** The menu, in order. Later modules add their pages here with the roles that may open them. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'home', access: 'anyone', section: 'main' },
  { path: '/strategy', label: 'strategy', access: 'anyone', section: 'main' },
  {
    path: '/strategy/rating',
    label: 'rating',
    access: 'anyone',
    section: 'main',
    also: ['/strategy/agencies'],
  },
  { path: '/strategy/indicators', label: 'indicators', access: 'anyone', section: 'main' },
  {
    path: '/strategy/alternative',
    label: 'alternativeReports',
    access: 'anyone',
    section: 'main',
  },
  { path: '/strategy/registers', label: 'registers', access: 'anyone', section: 'main' },
  { path: '/declarations', label: 'declarations', access: 'anyone', section: 'main' },
  {
    path: '/conflict-notifications',
    label: 'conflictNotifications',
    access: 'anyone',
    section: 'main',
  },
  { path: '/state-organisations', label: 'stateOrganisations', access: 'anyone', section: 'main' },
  { path: '/procurement', label: 'procurement', access: 'anyone', section: 'main' },
  {
    path: '/procurement/dashboard',
    label: 'procurementDashboard',
    access: 'anyone',
    section: 'main',
  },
  { path: '/barred-entities', label: 'barredEntities', access: 'anyone', section: 'main' },
  { path: '/courts', label: 'courts', access: 'anyone', section: 'main' },
  { path: '/courts/verify', label: 'courtsVerify', access: 'anyone', section: 'main' },
  { path: '/report', label: 'report', access: 'anyone', section: 'main' },
  {
    path: '/report/statistics',
    label: 'reportingStatistics',
    access: 'anyone',
    section: 'main',
  },
  { path: '/opendata', label: 'openData', access: 'anyone', section: 'main' },
  {
    path: '/work/plans',
    label: 'workPlans',
    access: PLAN_KEEPERS,
    section: 'work',
    also: ['/work/measures'],
  },
  {
    path: '/work/review',
    label: 'review',
    access: COORDINATORS,
    section: 'work',
    also: ['/work/reports'],
  },
  { path: '/work/periods', label: 'periods', access: COORDINATORS, section: 'work' },
  { path: '/my-declarations', label: 'myDeclarations', access: DECLARANTS, section: 'work' },
  { path: '/my-conflicts', label: 'myConflicts', access: DECLARANTS, section: 'work' },
  {
    path: '/work/declaration-checks',
    label: 'declarationChecks',
    access: VERIFIERS,
    section: 'work',
    also: ['/work/declarations'],
  },
  {
    path: '/work/declaration-filing',
    label: 'declarationFiling',
    access: FILING_WATCHERS,
    section: 'work',
  },
  { path: '/work/referrals', label: 'referrals', access: PROSECUTORS, section: 'work' },
  { path: '/work/relations', label: 'relations', access: RELATIONS_READERS, section: 'work' },
  {
    path: '/work/conflicts',
    label: 'conflicts',
    access: CONFLICT_FINDING_READERS,
    section: 'work',
  },
  {
    path: '/work/conflict-cases',
    label: 'conflictCases',
    access: CONFLICT_CASE_READERS,
    section: 'work',
  },
  {
    path: '/work/conflict-notifications',
    label: 'conflictNotificationsToDecide',
    access: AGENCY_HEADS,
    section: 'work',
  },
  { path: '/work/person-matches', label: 'personMatches', access: VERIFIERS, section: 'work' },
  {
    path: '/work/procurement-concerns',
    label: 'procurementConcerns',
    access: CONCERN_ANSWERERS,
    section: 'work',
  },
  { path: '/work/courts', label: 'courtsWork', access: COURT_ADMINS, section: 'work' },
  {
    path: '/work/whistleblower-reports',
    label: 'whistleblowerReports',
    access: REPORT_HANDLERS,
    section: 'work',
  },
  {
    path: '/work/identity-requests',
    label: 'identityRequests',
    access: IDENTITY_CUSTODIANS,
    section: 'work',
  },
  { path: '/work/protection', label: 'protectionRequests', access: PROSECUTORS, section: 'work' },
  { path: '/work/rewards', label: 'rewards', access: REPORT_HANDLERS, section: 'work' },
  { path: '/account', label: 'account', access: 'signed-in', section: 'work' },
  { path: '/admin/users', label: 'users', access: ADMIN_ONLY, section: 'admin' },
  { path: '/admin/agencies', label: 'agencies', access: ADMIN_ONLY, section: 'admin' },
  { path: '/admin/organisations', label: 'organisations', access: ADMIN_ONLY, section: 'admin' },
  { path: '/admin/audit', label: 'audit', access: ADMIN_ONLY, section: 'admin' },
  { path: '/admin/jobs', label: 'jobs', access: ADMIN_ONLY, section: 'admin' },
  {
    path: '/work/procurement-imports',
    label: 'procurementImports',
    access: ADMIN_ONLY,
    section: 'admin',
  },
];

export function mayOpen(access: Access, roles: readonly Role[] | null): boolean {
  return isAllowed(access, roles);
}

export function visibleItems(roles: readonly Role[] | null): NavItem[] {
  return NAV_ITEMS.filter((item) => mayOpen(item.access, roles));
}

const within = (pathname: string, path: string) =>
  path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);

/** The menu entry of the page at this address: the one whose path matches it most closely. */
export function currentItem(pathname: string): NavItem | undefined {
  let best: { item: NavItem; length: number } | undefined;
  for (const item of NAV_ITEMS) {
    for (const path of [item.path, ...(item.also ?? [])]) {
      if (within(pathname, path) && (!best || path.length > best.length)) {
        best = { item, length: path.length };
      }
    }
  }
  return best?.item;
}
