import type { LocalizedText } from '../format/localized.ts';
import { request, withQuery } from './client.ts';
import type {
  AdminUser,
  Agency,
  AgencyKind,
  AgencyPlan,
  AuditEntry,
  Dataset,
  EvidenceFile,
  ExecutionScores,
  Health,
  Job,
  JobStatus,
  MeasureReport,
  MeasureScore,
  NotificationPage,
  Page,
  PlanItem,
  PlanWithMeasures,
  ReportingPeriod,
  Role,
  Session,
  StrategyOverview,
} from './types.ts';

export type PageParams = { page: number; pageSize: number };

export const getHealth = () => request<Health>('GET', '/api/health');

export const getSession = () => request<Session>('GET', '/api/session');
export const signIn = (username: string, password: string) =>
  request<Session>('POST', '/api/session', { username, password });
export const signOut = () => request<void>('DELETE', '/api/session');
export const changePassword = (currentPassword: string, newPassword: string) =>
  request<void>('POST', '/api/account/password', { currentPassword, newPassword });

export const listNotifications = (p: PageParams & { unread?: boolean }) =>
  request<NotificationPage>('GET', withQuery('/api/notifications', p));
export const markNotificationRead = (id: string) =>
  request<void>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);
export const markAllNotificationsRead = () => request<void>('POST', '/api/notifications/read-all');

export type UserSort = 'username' | 'displayName' | 'createdAt';
export const listUsers = (p: PageParams & { q: string; sort: string }) =>
  request<Page<AdminUser>>('GET', withQuery('/api/admin/users', p));

export type NewUser = {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  agencyId: string | null;
};
export const createUser = (user: NewUser) => request<AdminUser>('POST', '/api/admin/users', user);

export type UserChanges = Partial<{
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  active: boolean;
  password: string;
}>;
export const updateUser = (id: string, changes: UserChanges) =>
  request<AdminUser>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, changes);

export type AgencySort = 'name' | 'code';
export const listAgencies = (p: PageParams & { q?: string; kind?: string; sort?: string }) =>
  request<Page<Agency>>('GET', withQuery('/api/agencies', p));
export const getAgency = (id: string) =>
  request<Agency>('GET', `/api/agencies/${encodeURIComponent(id)}`);

export type AgencyInput = {
  code: string;
  kind: AgencyKind;
  name: LocalizedText;
  shortName: LocalizedText;
  parentId: string | null;
};
export const createAgency = (agency: AgencyInput) =>
  request<Agency>('POST', '/api/admin/agencies', agency);
export const updateAgency = (id: string, changes: Partial<AgencyInput>) =>
  request<Agency>('PATCH', `/api/admin/agencies/${encodeURIComponent(id)}`, changes);

export const listAudit = (p: PageParams & { action?: string }) =>
  request<Page<AuditEntry>>('GET', withQuery('/api/admin/audit', p));
export const listAuditActions = () =>
  request<{ actions: string[] }>('GET', '/api/admin/audit/actions');
export const startChainCheck = () => request<{ jobId: string }>('POST', '/api/admin/audit/verify');

export const listJobs = (p: PageParams & { status?: JobStatus | '' }) =>
  request<Page<Job>>('GET', withQuery('/api/admin/jobs', p));
export const getJob = (id: string) =>
  request<Job>('GET', `/api/admin/jobs/${encodeURIComponent(id)}`);

export const getOpenData = () => request<{ datasets: Dataset[] }>('GET', '/api/opendata');

export const getStrategy = () => request<StrategyOverview>('GET', '/api/strategy');
export const getPlanItem = (number: number) =>
  request<PlanItem>('GET', `/api/strategy/items/${encodeURIComponent(number)}`);

export const getExecutionScores = () => request<ExecutionScores>('GET', '/api/strategy/scores');
export const listPlans = (p: PageParams & { agencyId?: string }) =>
  request<Page<AgencyPlan>>('GET', withQuery('/api/plans', p));
export const getPlan = (id: string) =>
  request<PlanWithMeasures>('GET', `/api/plans/${encodeURIComponent(id)}`);
export const listReportingPeriods = () =>
  request<{ items: ReportingPeriod[] }>('GET', '/api/reporting-periods');
export const listMeasureReports = (measureId: string) =>
  request<{ items: MeasureReport[] }>(
    'GET',
    `/api/measures/${encodeURIComponent(measureId)}/reports`,
  );
export const getMeasureScore = (measureId: string) =>
  request<MeasureScore>('GET', `/api/measures/${encodeURIComponent(measureId)}/score`);
export const listReportEvidence = (reportId: string) =>
  request<{ items: EvidenceFile[] }>(
    'GET',
    `/api/reports/${encodeURIComponent(reportId)}/evidence`,
  );
/** Where the browser downloads an evidence file (always served as an attachment). */
export const evidenceUrl = (id: string) => `/api/evidence/${encodeURIComponent(id)}`;
