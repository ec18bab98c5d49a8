import type { LocalizedText } from '../format/localized.ts';

// The server's lists are the one source: these files are plain constants with no server code.
export { ROLES, type Role } from '../../../src/platform/auth/roles.ts';
export { JOB_STATUSES, type JobStatus } from '../../../src/platform/jobs/statuses.ts';
export { AGENCY_KINDS, type AgencyKind } from '../../../src/platform/reference/kinds.ts';

import type { Role } from '../../../src/platform/auth/roles.ts';
import type { JobStatus } from '../../../src/platform/jobs/statuses.ts';
import type { AgencyKind } from '../../../src/platform/reference/kinds.ts';

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
