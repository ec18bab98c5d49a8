import type { LocalizedText } from '../format/localized.ts';

// The server's lists are the one source: these files are plain constants with no server code.
export { ROLES, type Role } from '../../../src/platform/auth/roles.ts';
export { JOB_STATUSES, type JobStatus } from '../../../src/platform/jobs/statuses.ts';
export { AGENCY_KINDS, type AgencyKind } from '../../../src/platform/reference/kinds.ts';

import type { Role } from '../../../src/platform/auth/roles.ts';
import type { JobStatus } from '../../../src/platform/jobs/statuses.ts';
import type { AgencyKind } from '../../../src/platform/reference/kinds.ts';

// Type-only: the plan kinds and the report's states live beside server code, none of which is bundled.
export type { PeriodKind, PlanKind } from '../../../src/modules/strategy/plans/plans.ts';
export type {
  ExecutionStatus,
  ReportState,
} from '../../../src/modules/strategy/reporting/engine.ts';

import type { PeriodKind, PlanKind } from '../../../src/modules/strategy/plans/plans.ts';
import type {
  ExecutionStatus,
  ReportState,
} from '../../../src/modules/strategy/reporting/engine.ts';
import type { WEIGHTS } from '../../../src/modules/strategy/reporting/scoring.ts';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type Health = {
  status: 'ok' | 'degraded';
  database: { ok: boolean; driver: 'pglite' | 'postgres' };
  version: string;
  demo: boolean;
};

export type User = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  agencyName: LocalizedText | null;
};

export type Session = { user: User | null; csrfToken: string | null };

export type Notification = {
  id: string;
  kind: string;
  title: LocalizedText;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

/** A page of the user's notifications with the count of all unread ones. */
export type NotificationPage = Page<Notification> & { unread: number };

export type AdminUser = User & { active: boolean; lockedUntil: string | null; createdAt: string };

export type Agency = {
  id: string;
  code: string;
  kind: AgencyKind;
  name: LocalizedText;
  shortName: LocalizedText;
  parentId: string | null;
  synthetic: boolean;
};

export type AuditEntry = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
};

export type Job = {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  result: unknown;
  createdAt: string;
  updatedAt: string;
};

export type ChainCheck = {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: string | null;
};

export type Dataset = {
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  license: { name: string; path: string; title: string };
  source: string;
  updateSchedule: 'live' | 'daily';
  updatedAt: string | null;
  resources: { format: 'csv' | 'json'; path: string }[];
  datapackage: string;
};

/** One Plan item as listed on the Strategy page. */
export type PlanItemSummary = {
  number: number;
  goals: LocalizedText[];
  activityCount: number;
  indicatorCount: number;
};

export type StrategyDirection = { number: number; title: LocalizedText; items: PlanItemSummary[] };

export type HeadlineTarget = {
  code: string;
  year: number;
  change: { kind: 'improve-by-percent' | 'improve-up-to-percent' | (string & {}); value: number };
  text: LocalizedText;
};

export type StrategyOverview = { directions: StrategyDirection[]; targets: HeadlineTarget[] };

export type PlanIndicator = { code: string; text: LocalizedText };

export type PlanActivity = {
  code: string;
  text: LocalizedText;
  expectedResults: LocalizedText[];
  indicators: PlanIndicator[];
};

/** One Plan item in full. */
export type PlanItem = {
  number: number;
  direction: { number: number; title: LocalizedText };
  goals: LocalizedText[];
  tasks: LocalizedText[];
  activities: PlanActivity[];
};

/** Score of a group of measures: an agency, a Plan item or a direction (null when none is scored). */
export type GroupScore = {
  score: number | null;
  measures: number;
  overdue: number;
  unverified: number;
};

export type AgencyScore = GroupScore & {
  rank: number;
  agencyId: string;
  agencyName: LocalizedText | null;
};

/** GET /api/strategy/scores: the national rating of agencies and scores per Plan item and direction. */
export type ExecutionScores = {
  asOf: string;
  agencies: AgencyScore[];
  items: (GroupScore & { itemNumber: number })[];
  directions: (GroupScore & { directionNumber: number })[];
};

export type Money = { amount: string; currency: string };

export type AgencyPlan = {
  id: string;
  agencyId: string;
  kind: PlanKind;
  title: LocalizedText;
  yearFrom: number;
  yearTo: number;
  synthetic: boolean;
};

export type Measure = {
  id: string;
  planId: string;
  activityCode: string | null;
  title: LocalizedText;
  agencyId: string;
  responsibleUserId: string | null;
  /** YYYY-MM-DD, the last day the measure may be done on. */
  deadline: string;
  plannedBudget: Money | null;
  executedBudget: Money | null;
  synthetic: boolean;
};

export type PlanWithMeasures = AgencyPlan & { measures: Measure[] };

export type ReportingPeriod = {
  id: string;
  kind: PeriodKind;
  year: number;
  number: number;
  opensAt: string;
  closesAt: string;
  open: boolean;
};

/** One version of the unified report on a measure. */
export type MeasureReport = {
  id: string;
  measureId: string;
  periodId: string;
  version: number;
  state: ReportState;
  executionStatus: ExecutionStatus;
  narrative: { ky?: string; ru?: string };
  reviewComment: string | null;
  previousId: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
};

/** The components the server scores a measure from (docs/modules/strategy-scoring.md). */
export type ScoreComponentName = keyof typeof WEIGHTS;

export type ScoreComponent = {
  /** One of ScoreComponentName; a name added later on the server arrives as plain text. */
  component: string;
  weight: number;
  /** 0..1, or null when the component does not apply. */
  value: number | null;
  /** The server's explanation, in English. */
  reason: string;
};

export type MeasureScore = {
  measureId: string;
  score: number | null;
  overdue: boolean;
  unverified: boolean;
  components: ScoreComponent[];
};

export type EvidenceFile = {
  id: string;
  reportId: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
};
