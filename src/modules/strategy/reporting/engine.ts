import type { Role } from '../../../platform/auth/roles.ts';

/**
 * The unified report's life (Plan item 2: one form for every body; sections 10-11: reports are
 * checked and published). A pure decision over plain facts: who may do what to a report, and
 * what state it moves to. The service loads the facts, asks, and stores the outcome.
 *
 *   draft --submit--> submitted --verify--> verified --publish--> published
 *     ^                   |
 *     +----- returned <---+ return (with a comment)
 *
 * Verified and published reports never change; a correction starts a new version as a draft.
 */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'verified', 'published'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['edit', 'submit', 'return', 'verify', 'publish', 'correct'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Where the measure itself stands, as the officer reports it. */
export const EXECUTION_STATUSES = [
  'not_started',
  'in_progress',
  'done',
  'overdue',
  'cancelled',
] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export interface ReportFacts {
  state: ReportState;
  /** The account that wrote (and submits) this version. */
  authorId: string;
  /** The agency that owns the measure reported on. */
  agencyId: string;
}

export interface ActorFacts {
  id: string;
  roles: readonly Role[];
  agencyId: string | null;
}

export type Refusal =
  | 'not_reporting_officer'
  | 'not_reviewer'
  | 'own_report'
  | 'wrong_state'
  | 'immutable';

export type Decision = { allowed: true; next: ReportState } | { allowed: false; reason: Refusal };

const refuse = (reason: Refusal): Decision => ({ allowed: false, reason });

/** Officers report for their own agency only. */
const isReportingOfficer = (actor: ActorFacts, report: ReportFacts) =>
  actor.roles.includes('officer') && actor.agencyId === report.agencyId;
const isReviewer = (actor: ActorFacts) => actor.roles.includes('coordinator');

export function decide(action: ReportAction, report: ReportFacts, actor: ActorFacts): Decision {
  const finished = report.state === 'verified' || report.state === 'published';
  switch (action) {
    case 'edit':
    case 'submit': {
      if (finished) return refuse('immutable');
      if (report.state === 'submitted') return refuse('wrong_state');
      if (!isReportingOfficer(actor, report)) return refuse('not_reporting_officer');
      return { allowed: true, next: action === 'submit' ? 'submitted' : report.state };
    }
    case 'return':
    case 'verify': {
      if (report.state !== 'submitted') return refuse(finished ? 'immutable' : 'wrong_state');
      if (!isReviewer(actor)) return refuse('not_reviewer');
      // Nobody verifies (or returns) their own report, whatever roles they hold.
      if (actor.id === report.authorId) return refuse('own_report');
      return { allowed: true, next: action === 'verify' ? 'verified' : 'returned' };
    }
    case 'publish': {
      if (report.state !== 'verified') return refuse('wrong_state');
      if (!isReviewer(actor)) return refuse('not_reviewer');
      return { allowed: true, next: 'published' };
    }
    case 'correct': {
      if (!finished) return refuse('wrong_state');
      if (!isReportingOfficer(actor, report)) return refuse('not_reporting_officer');
      return { allowed: true, next: 'draft' };
    }
  }
}

/** The actions open to this actor now, for the UI's buttons. */
export function availableActions(report: ReportFacts, actor: ActorFacts): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => decide(a, report, actor).allowed);
}
