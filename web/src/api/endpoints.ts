import type { LocalizedText } from '../format/localized.ts';
import { request, withQuery } from './client.ts';
import type {
  AbsenceKind,
  AdminUser,
  Agency,
  AgencyKind,
  AgencyPlan,
  AllocationFailure,
  AllocationOutcome,
  AllocationRules,
  Alongside,
  AlternativeReport,
  Assessment,
  AuditEntry,
  BarCheck,
  BarRestriction,
  BarredEntity,
  BarredEntityDetail,
  BarState,
  BudgetExecution,
  BuyerProfile,
  CaseStatus,
  ConflictCase,
  ConflictCaseOutcome,
  ConflictCaseRow,
  ConflictFinding,
  ConflictLiability,
  ConflictMeasure,
  CouncilEvaluation,
  CouncilMeeting,
  CouncilMeetingPage,
  CourtAlert,
  CourtAlertKind,
  CourtAllocation,
  CourtAllocationSort,
  CourtCaseDetail,
  CourtCaseRow,
  CourtDay,
  CourtDetail,
  CourtLogPage,
  CourtStatistics,
  CourtSummary,
  Dataset,
  Day,
  DeclarationContent,
  DeclarationFilingReport,
  DeclarationFilingState,
  DeclarationFilingYear,
  DeclarationPrefilled,
  DeclarationReferral,
  DeclarationReviewOutcome,
  DeclarationReviewRow,
  DeclarationSubmitted,
  DeclarationUnderCheck,
  DeclarationVersionContent,
  EvaluationCriteria,
  EvidenceFile,
  ExecutionScores,
  ExecutionStatus,
  FieldProblem,
  FullCheckState,
  Health,
  Indicator,
  IndicatorDetail,
  IndicatorValue,
  InterestDeclaration,
  InterestDeclarationFiled,
  Job,
  JobStatus,
  JudgeChanges,
  LegalEntityDetail,
  LegalEntityRow,
  Measure,
  MeasureReport,
  MeasureScore,
  Money,
  MyConflictCase,
  MyConflictNotification,
  MyDeclarantEntry,
  MyDeclaration,
  MyDeclarations,
  MyInterestDeclaration,
  NewBarredEntity,
  NewConflictNotification,
  NewCourtCase,
  NewInterestDeclaration,
  NewJudge,
  NotificationPage,
  NotificationToDecide,
  OcdsImport,
  OcdsImportDetail,
  Organisation,
  OrganisationKind,
  OrganisationMember,
  Page,
  PeriodKind,
  PersonDetail,
  PersonMatch,
  PersonRow,
  PlanItem,
  PlanKind,
  PlanLine,
  PlanWithMeasures,
  ProcurementDashboard,
  ProcurementDimension,
  PublicCouncil,
  PublishedConflictNotification,
  PublishedDeclaration,
  PublishedDeclarationRow,
  PublishedHistory,
  RegisteredCase,
  RelationsGraph,
  ReportingPeriod,
  ReportingTimeliness,
  ReportListItem,
  ReportState,
  Role,
  Session,
  StateOrganisation,
  StateOrganisationDetail,
  StateRegisterKind,
  StrategyOverview,
  SupplierProfile,
  TenderConcern,
  TenderDetail,
  TenderRemark,
  TenderRow,
  TenderSort,
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

// The officers' and coordinators' workspace: plans, measures, reports, evidence, periods.
export type NewPlan = {
  agencyId: string;
  kind: PlanKind;
  title: LocalizedText;
  yearFrom: number;
  yearTo: number;
};
export const createPlan = (plan: NewPlan) => request<AgencyPlan>('POST', '/api/plans', plan);

export type NewMeasure = {
  activityCode: string | null;
  title: LocalizedText;
  /** YYYY-MM-DD */
  deadline: string;
  responsibleUserId: string | null;
  plannedBudget: Money | null;
};
export const addMeasure = (planId: string, measure: NewMeasure) =>
  request<Measure>('POST', `/api/plans/${encodeURIComponent(planId)}/measures`, measure);
export const getMeasure = (id: string) =>
  request<Measure>('GET', `/api/measures/${encodeURIComponent(id)}`);
/** What changes as a measure is carried out; the executed budget is in the planned one's currency. */
export type MeasureChanges = {
  executedBudget?: Money | null;
  responsibleUserId?: string | null;
};
export type AgencyOfficer = { id: string; displayName: string };
export const listAgencyOfficers = (agencyId: string) =>
  request<{ items: AgencyOfficer[] }>(
    'GET',
    `/api/agencies/${encodeURIComponent(agencyId)}/officers`,
  );

export const updateMeasure = (id: string, changes: MeasureChanges) =>
  request<Measure>('PATCH', `/api/measures/${encodeURIComponent(id)}`, changes);

export type ReportContent = {
  executionStatus: ExecutionStatus;
  narrative: { ky?: string; ru?: string };
  indicatorValues: IndicatorValue[];
};
export const startReport = (measureId: string, periodId: string, content: ReportContent) =>
  request<MeasureReport>('POST', `/api/measures/${encodeURIComponent(measureId)}/reports`, {
    periodId,
    ...content,
  });
export const getReport = (id: string) =>
  request<MeasureReport>('GET', `/api/reports/${encodeURIComponent(id)}`);
export const editReport = (id: string, content: Partial<ReportContent>) =>
  request<MeasureReport>('PATCH', `/api/reports/${encodeURIComponent(id)}`, content);

export type ReportCommand = 'submit' | 'return' | 'verify' | 'publish' | 'correct';
export const actOnReport = (id: string, action: ReportCommand, comment?: string) =>
  request<MeasureReport>('POST', `/api/reports/${encodeURIComponent(id)}/actions`, {
    action,
    ...(comment ? { comment } : {}),
  });

export const listReports = (p: PageParams & { state?: ReportState | ''; agencyId?: string }) =>
  request<Page<ReportListItem>>('GET', withQuery('/api/reports', p));

/** Sends one evidence file as multipart field "file"; the server checks its type and size. */
export function uploadEvidence(reportId: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<EvidenceFile>(
    'POST',
    `/api/reports/${encodeURIComponent(reportId)}/evidence`,
    form,
  );
}
export const deleteEvidence = (id: string) =>
  request<void>('DELETE', `/api/evidence/${encodeURIComponent(id)}`);

export type NewPeriod = {
  kind: PeriodKind;
  year: number;
  number: number;
  opensAt: string;
  closesAt: string;
};
export const openReportingPeriod = (period: NewPeriod) =>
  request<ReportingPeriod>('POST', '/api/reporting-periods', period);
export const changeReportingWindow = (
  id: string,
  window: { opensAt?: string; closesAt?: string },
) => request<ReportingPeriod>('PATCH', `/api/reporting-periods/${encodeURIComponent(id)}`, window);

// Alternative reports of civil-society organisations.
export const listOrganisations = (p: PageParams & { q?: string }) =>
  request<Page<Organisation>>('GET', withQuery('/api/organisations', p));
export const myOrganisations = () =>
  request<{ items: Organisation[] }>('GET', '/api/account/organisations');
export type OrganisationInput = {
  name: LocalizedText;
  registrationNumber: string;
  website: string | null;
};
export const registerOrganisation = (input: OrganisationInput) =>
  request<Organisation>('POST', '/api/admin/organisations', input);
export const listOrganisationMembers = (id: string) =>
  request<{ items: OrganisationMember[] }>(
    'GET',
    `/api/admin/organisations/${encodeURIComponent(id)}/members`,
  );
export const addOrganisationMember = (id: string, userId: string) =>
  request<unknown>('POST', `/api/admin/organisations/${encodeURIComponent(id)}/members`, {
    userId,
  });
export const removeOrganisationMember = (id: string, userId: string) =>
  request<void>(
    'DELETE',
    `/api/admin/organisations/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`,
  );
export const listAlternativeReports = (
  p: PageParams & { q?: string; itemNumber?: number; measureId?: string; organisationId?: string },
) => request<Page<AlternativeReport>>('GET', withQuery('/api/alternative-reports', p));
export type AlternativeReportInput = {
  organisationId: string;
  itemNumber?: number;
  measureId?: string;
  assessment: Assessment;
  text: { ky?: string; ru?: string };
  evidenceUrl?: string;
};
export const fileAlternativeReport = (input: AlternativeReportInput) =>
  request<AlternativeReport>('POST', '/api/alternative-reports', input);
export const getAlongside = (measureId: string) =>
  request<Alongside>('GET', `/api/measures/${encodeURIComponent(measureId)}/alongside`);

// The Plan's indicators with their definitions and measured values (public).
export const listIndicators = (p: PageParams & { item?: number; q?: string }) =>
  request<Page<Indicator>>('GET', withQuery('/api/indicators', p));
export const getIndicator = (code: string) =>
  request<IndicatorDetail>('GET', `/api/indicators/${encodeURIComponent(code)}`);

// The registers the Plan names (items 9, 10, 11, 20): public to read, kept by coordinators.
export const listCouncilMeetings = (p: PageParams & { year?: number }) =>
  request<CouncilMeetingPage>('GET', withQuery('/api/registers/council-meetings', p));
export type MeetingInput = {
  /** YYYY-MM-DD */
  heldOn: string;
  agenda: LocalizedText;
  decisions: LocalizedText | null;
  minutesUrl: string | null;
};
export const recordCouncilMeeting = (meeting: MeetingInput) =>
  request<CouncilMeeting>('POST', '/api/registers/council-meetings', meeting);
export const updateCouncilMeeting = (id: string, changes: Partial<MeetingInput>) =>
  request<CouncilMeeting>(
    'PATCH',
    `/api/registers/council-meetings/${encodeURIComponent(id)}`,
    changes,
  );
export const removeCouncilMeeting = (id: string) =>
  request<void>('DELETE', `/api/registers/council-meetings/${encodeURIComponent(id)}`);
export const listPublicCouncils = (p: PageParams & { agencyId?: string }) =>
  request<Page<PublicCouncil>>('GET', withQuery('/api/registers/public-councils', p));
export type NewPublicCouncil = {
  agencyId: string;
  /** YYYY-MM-DD */
  establishedOn: string;
  membersCount: number;
  website: string | null;
};
export const registerPublicCouncil = (council: NewPublicCouncil) =>
  request<Omit<PublicCouncil, 'agencyName'>>('POST', '/api/registers/public-councils', council);
export type CouncilEvaluationInput = {
  year: number;
  criteria: EvaluationCriteria;
  findings: LocalizedText | null;
};
export const evaluatePublicCouncil = (councilId: string, input: CouncilEvaluationInput) =>
  request<CouncilEvaluation>(
    'POST',
    `/api/registers/public-councils/${encodeURIComponent(councilId)}/evaluations`,
    input,
  );
export const getReportingTimeliness = (year: number) =>
  request<ReportingTimeliness>('GET', withQuery('/api/registers/reporting-timeliness', { year }));
export const getBudgetExecution = (year: number) =>
  request<BudgetExecution>('GET', withQuery('/api/registers/budget', { year }));

// Published declarations (public, personal data removed).
export const searchPublishedDeclarations = (
  p: PageParams & { q?: string; year?: number; agencyId?: string; sort?: string },
) => request<Page<PublishedDeclarationRow>>('GET', withQuery('/api/public/declarations', p));
export const getPublishedDeclaration = (id: string) =>
  request<PublishedDeclaration>('GET', `/api/public/declarations/${encodeURIComponent(id)}`);
export const getPublishedHistory = (declarantId: string) =>
  request<PublishedHistory>('GET', `/api/public/declarants/${encodeURIComponent(declarantId)}`);

// The declarant's own declarations: the years to file, the draft, pre-fill, submission, answers.
const declarationPath = (id: string) => `/api/declarations/${encodeURIComponent(id)}`;
export const getMyDeclarations = () => request<MyDeclarations>('GET', '/api/declarations/mine');
export const startDeclaration = (year: number) =>
  request<{ id: string }>('POST', '/api/declarations', { year });
export const getMyDeclaration = (id: string) => request<MyDeclaration>('GET', declarationPath(id));
export const saveDeclarationDraft = (id: string, content: DeclarationContent) =>
  request<{ problems: FieldProblem[] }>('PUT', `${declarationPath(id)}/draft`, content);
export const prefillDeclaration = (id: string) =>
  request<DeclarationPrefilled>('POST', `${declarationPath(id)}/prefill`);
export const submitDeclaration = (id: string) =>
  request<DeclarationSubmitted>('POST', `${declarationPath(id)}/submit`);
export const openCorrectiveDeclaration = (id: string) =>
  request<void>('POST', `${declarationPath(id)}/corrective`);
export const getDeclarationVersion = (id: string, version: number) =>
  request<DeclarationVersionContent>('GET', `${declarationPath(id)}/versions/${version}`);
export const answerDeclarationExplanation = (id: string, text: string) =>
  request<void>('POST', `${declarationPath(id)}/explanation`, { text });

// Full checks of declarations (verifier), referrals (prosecutor) and who filed for a year.
const reviewPath = (id: string) => `/api/declaration-reviews/${encodeURIComponent(id)}`;
export type FullCheckSort = 'score' | 'entered' | 'name' | 'year';
export const listDeclarationReviews = (
  p: PageParams & {
    state?: FullCheckState | '';
    assigned?: 'me' | 'none' | 'any';
    agencyId?: string;
    year?: number;
    minScore?: number;
    code?: string;
    q?: string;
    sort?: string;
  },
) => request<Page<DeclarationReviewRow>>('GET', withQuery('/api/declaration-reviews', p));
/** Without a verifier: take the check oneself. */
export const assignDeclarationReview = (id: string, verifierId: string | null = null) =>
  request<void>('POST', `${reviewPath(id)}/assign`, { verifierId });
export const requestDeclarationExplanation = (
  id: string,
  /** The deadline as YYYY-MM-DD, after today. */
  input: { text: string; deadline: string },
) => request<void>('POST', `${reviewPath(id)}/request-explanation`, input);
export const concludeDeclarationReview = (
  id: string,
  input: { outcome: DeclarationReviewOutcome; text: string },
) => request<void>('POST', `${reviewPath(id)}/conclude`, input);
export const recheckAllDeclarations = () =>
  request<{ jobId: string }>('POST', '/api/declaration-checks/run');
export const getDeclarationUnderCheck = (id: string) =>
  request<DeclarationUnderCheck>('GET', `/api/declarations/${encodeURIComponent(id)}`);
export const listDeclarationReferrals = (p: PageParams & { q?: string }) =>
  request<Page<DeclarationReviewRow>>('GET', withQuery('/api/declaration-referrals', p));
export const getDeclarationReferral = (id: string) =>
  request<DeclarationReferral>('GET', `/api/declaration-referrals/${encodeURIComponent(id)}`);
export const listDeclarationYears = () =>
  request<DeclarationFilingYear[]>('GET', '/api/declaration-years');
export const getDeclarationFiling = (
  p: PageParams & {
    year: number;
    state?: DeclarationFilingState | '';
    agencyId?: string;
    q?: string;
  },
) => request<DeclarationFilingReport>('GET', withQuery('/api/declaration-filing', p));

// Conflicts of interest: the findings queue, cases, notifications to decide, uncertain matches.
const findingPath = (id: string) => `/api/conflict-findings/${encodeURIComponent(id)}`;
const conflictCasePath = (id: string) => `/api/conflict-cases/${encodeURIComponent(id)}`;
export const listConflictFindings = (
  p: PageParams & { state?: string; rule?: string; q?: string; sort?: string },
) => request<Page<ConflictFinding>>('GET', withQuery('/api/conflict-findings', p));
export const getConflictFinding = (id: string) => request<ConflictFinding>('GET', findingPath(id));
export const dismissConflictFinding = (id: string, reason: string) =>
  request<void>('POST', `${findingPath(id)}/dismiss`, { reason });
export const runConflictDetection = () =>
  request<{ jobId: string }>('POST', '/api/conflict-detection-runs');
export const getConflictDetectionRun = (jobId: string) =>
  request<Job>('GET', `/api/conflict-detection-runs/${encodeURIComponent(jobId)}`);
export const openConflictCase = (input: { findingId: string; summary: string }) =>
  request<{ id: string }>('POST', '/api/conflict-cases', input);
export const listConflictCases = (
  p: PageParams & { state?: string; search?: string; sort?: string },
) => request<Page<ConflictCaseRow>>('GET', withQuery('/api/conflict-cases', p));
export const getConflictCase = (id: string) => request<ConflictCase>('GET', conflictCasePath(id));
export const closeConflictCase = (
  id: string,
  input: { outcome: ConflictCaseOutcome; liability?: ConflictLiability; note: string },
) => request<void>('POST', `${conflictCasePath(id)}/close`, input);
export const listNotificationsToDecide = (
  p: PageParams & { state?: 'filed' | 'decided'; search?: string; sort?: string },
) =>
  request<Page<NotificationToDecide>>('GET', withQuery('/api/conflict-notifications/to-decide', p));
export const decideConflictNotification = (
  id: string,
  input: { measure: ConflictMeasure; measureText?: string },
) => request<void>('POST', `/api/conflict-notifications/${encodeURIComponent(id)}/decision`, input);
export const listPersonMatches = (p: PageParams & { state?: string }) =>
  request<Page<PersonMatch>>('GET', withQuery('/api/person-matches', p));
export const decidePersonMatch = (id: string, decision: 'confirm' | 'reject') =>
  request<unknown>('POST', `/api/person-matches/${encodeURIComponent(id)}/decision`, {
    decision,
  });

// Conflicts of interest, the declarant's side: own cases, notifications, private-interest declarations.
// A declarant has few of each: one page of the largest size holds them all.
const ALL_MINE = { page: 1, pageSize: 200 };
export const getMyConflictCases = () =>
  request<Page<MyConflictCase>>('GET', withQuery('/api/my-conflict-cases', ALL_MINE));
export const getMyConflictNotifications = () =>
  request<Page<MyConflictNotification> & { declarant: MyDeclarantEntry }>(
    'GET',
    withQuery('/api/conflict-notifications/mine', ALL_MINE),
  );
export const fileConflictNotification = (input: NewConflictNotification) =>
  request<{ id: string; filedAt: string }>('POST', '/api/conflict-notifications', input);
export const getMyInterestDeclarations = () =>
  request<Page<MyInterestDeclaration> & { declarant: MyDeclarantEntry }>(
    'GET',
    withQuery('/api/interest-declarations/mine', ALL_MINE),
  );
export const getInterestDeclaration = (id: string) =>
  request<InterestDeclaration>('GET', `/api/interest-declarations/${encodeURIComponent(id)}`);
export const fileInterestDeclaration = (input: NewInterestDeclaration) =>
  request<InterestDeclarationFiled>('POST', '/api/interest-declarations', input);

// Conflicts of interest, public: published notifications and the register of state organisations.
export const searchPublishedConflictNotifications = (
  p: PageParams & { search?: string; year?: number; sort?: string },
) =>
  request<Page<PublishedConflictNotification>>(
    'GET',
    withQuery('/api/published-conflict-notifications', p),
  );
export const searchStateOrganisations = (
  p: PageParams & { search?: string; register?: StateRegisterKind; sort?: string },
) => request<Page<StateOrganisation>>('GET', withQuery('/api/state-organisations', p));
export const getStateOrganisation = (id: string) =>
  request<StateOrganisationDetail>('GET', `/api/state-organisations/${encodeURIComponent(id)}`);

// The relations graph (verifier, prosecutor): people, organisations and the network around them.
export type PeopleSort = 'name' | '-name' | 'findings' | '-findings';
export const searchPeople = (
  p: PageParams & { q?: string; official?: boolean; sort?: PeopleSort },
) => request<Page<PersonRow>>('GET', withQuery('/api/people', p));
export const getPerson = (id: string) =>
  request<PersonDetail>('GET', `/api/people/${encodeURIComponent(id)}`);
export type LegalEntitySort = 'name' | '-name' | 'kind' | '-kind';
export const searchLegalEntities = (
  p: PageParams & { q?: string; kind?: OrganisationKind; sort?: LegalEntitySort },
) => request<Page<LegalEntityRow>>('GET', withQuery('/api/legal-entities', p));
export const getLegalEntity = (id: string) =>
  request<LegalEntityDetail>('GET', `/api/legal-entities/${encodeURIComponent(id)}`);
export const getRelationsGraph = (p: {
  person?: string;
  entity?: string;
  depth?: number;
  /** comma-separated relation and dealing kinds */
  kinds?: string;
  /** yyyy-mm-dd: only relations valid that day */
  at?: string;
}) => request<RelationsGraph>('GET', withQuery('/api/relations-graph', p));

// The register of legal entities barred for corruption offences (Plan item 16): public to read and
// check; the prosecutor's office and admins record and lift bars.
export type BarredSort =
  | 'name'
  | '-name'
  | 'identifier'
  | '-identifier'
  | 'decisionDate'
  | '-decisionDate'
  | 'barredFrom'
  | '-barredFrom'
  | 'barredUntil'
  | '-barredUntil';
export const searchBarredEntities = (
  p: PageParams & {
    q?: string;
    state?: BarState | 'all';
    restriction?: BarRestriction;
    sort?: BarredSort;
  },
) => request<Page<BarredEntity>>('GET', withQuery('/api/barred-entities', p));
export const getBarredEntity = (id: string) =>
  request<BarredEntityDetail>('GET', `/api/barred-entities/${encodeURIComponent(id)}`);
export const checkBarredEntity = (p: {
  identifier: string;
  date?: string;
  restriction?: BarRestriction;
}) => request<BarCheck>('GET', withQuery('/api/barred-entities/check', p));
export const recordBarredEntity = (input: NewBarredEntity) =>
  request<BarredEntityDetail>('POST', '/api/barred-entities', input);
export const liftBarredEntity = (id: string, reason: string) =>
  request<BarredEntityDetail>('POST', `/api/barred-entities/${encodeURIComponent(id)}/lift`, {
    reason,
  });

// Public procurement (issue 6): tenders, profiles and the dashboard are public; registered
// citizens comment and raise concerns, the buyer's officers answer; admins import OCDS.
export type TenderSearch = {
  q?: string;
  buyer?: string;
  supplier?: string;
  region?: string;
  method?: string;
  year?: number;
  /** a flag code, or "any" */
  flag?: string;
  sort?: TenderSort;
};
export const searchTenders = (p: PageParams & TenderSearch) =>
  request<Page<TenderRow>>('GET', withQuery('/api/procurement/tenders', p));
export const getTender = (ocid: string) =>
  request<TenderDetail>('GET', `/api/procurement/tenders/${encodeURIComponent(ocid)}`);
/** The OCDS compiled release of a tender, as a download link. */
export const tenderOcdsUrl = (ocid: string) =>
  `/api/procurement/tenders/${encodeURIComponent(ocid)}/ocds`;
export const listPlanLines = (p: { buyer: string; page: number; pageSize: number }) =>
  request<Page<PlanLine>>('GET', withQuery('/api/procurement/plans', p));
export const getBuyerProfile = (id: string) =>
  request<BuyerProfile>('GET', `/api/procurement/buyers/${encodeURIComponent(id)}`);
export const getSupplierProfile = (id: string) =>
  request<SupplierProfile>('GET', `/api/procurement/suppliers/${encodeURIComponent(id)}`);
export const getProcurementDashboard = (p: { by: ProcurementDimension; year?: number }) =>
  request<ProcurementDashboard>('GET', withQuery('/api/procurement/dashboard', p));
export const addTenderRemark = (
  ocid: string,
  remark: { kind: TenderRemark['kind']; body: string },
) =>
  request<{ id: string }>(
    'POST',
    `/api/procurement/tenders/${encodeURIComponent(ocid)}/remarks`,
    remark,
  );
export const answerConcern = (id: string, answer: string) =>
  request<void>('POST', `/api/procurement/remarks/${encodeURIComponent(id)}/answer`, { answer });
export const listConcerns = (p: PageParams & { state: 'open' | 'answered' | 'all' }) =>
  request<Page<TenderConcern>>('GET', withQuery('/api/procurement/concerns', p));
export const listOcdsImports = (p: PageParams) =>
  request<Page<OcdsImport>>('GET', withQuery('/api/procurement/imports', p));
export const getOcdsImport = (id: string) =>
  request<OcdsImportDetail>('GET', `/api/procurement/imports/${encodeURIComponent(id)}`);
export function uploadOcdsFile(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<OcdsImportDetail>('POST', '/api/procurement/imports', form);
}
export const importFromOcdsEndpoint = () =>
  request<OcdsImportDetail>('POST', '/api/procurement/imports/endpoint');

// Courts (issue 7): allocations, criteria, seeds and the log are public, so that anyone can
// verify them; the court administrator registers cases and keeps judges and rules. There is
// deliberately no call that names the judge of a case.
const courtPath = (code: string) => `/api/courts/${encodeURIComponent(code)}`;
export type CourtRange = { from?: Day; to?: Day };
export const listCourts = () => request<{ items: CourtSummary[] }>('GET', '/api/courts');
export const getCourt = (code: string) => request<CourtDetail>('GET', courtPath(code));
export const listCourtAllocations = (
  code: string,
  p: PageParams & CourtRange & { sort?: CourtAllocationSort; q?: string; judge?: string },
) => request<Page<CourtAllocation>>('GET', withQuery(`${courtPath(code)}/allocations`, p));
export const getCourtStatistics = (code: string, p: CourtRange) =>
  request<CourtStatistics>('GET', withQuery(`${courtPath(code)}/statistics`, p));
export const listCourtAlerts = (code: string, p: PageParams & { kind?: CourtAlertKind }) =>
  request<Page<CourtAlert>>('GET', withQuery(`${courtPath(code)}/alerts`, p));
export const listCourtDays = (p: CourtRange) =>
  request<{ items: CourtDay[] }>('GET', withQuery('/api/courts/days', p));
export const getCourtLog = (p: { afterSeq: number; limit?: number }) =>
  request<CourtLogPage>('GET', withQuery('/api/courts/log', p));
export const listCourtCases = (code: string, p: PageParams & { q?: string; status?: CaseStatus }) =>
  request<Page<CourtCaseRow>>('GET', withQuery(`${courtPath(code)}/cases`, p));
export const registerCourtCase = (code: string, input: NewCourtCase) =>
  request<RegisteredCase>('POST', `${courtPath(code)}/cases`, input);
export const getCourtCase = (id: string) =>
  request<CourtCaseDetail>('GET', `/api/courts/cases/${encodeURIComponent(id)}`);
export const recordRecusal = (id: string, input: { judge: string; note: string }) =>
  request<{ allocation: AllocationOutcome | null; failure?: AllocationFailure | null }>(
    'POST',
    `/api/courts/cases/${encodeURIComponent(id)}/recusals`,
    input,
  );
export const reallocateCase = (
  id: string,
  input: { reason: 'judge_left' | 'judge_absent'; note: string },
) =>
  request<{ allocation: AllocationOutcome | null; failure?: AllocationFailure | null }>(
    'POST',
    `/api/courts/cases/${encodeURIComponent(id)}/reallocation`,
    input,
  );
export const addJudge = (code: string, input: NewJudge) =>
  request<unknown>('POST', `${courtPath(code)}/judges`, input);
export const changeJudge = (id: string, changes: JudgeChanges) =>
  request<unknown>('PATCH', `/api/courts/judges/${encodeURIComponent(id)}`, changes);
export const addJudgeAbsence = (id: string, input: { kind: AbsenceKind; from: Day; to: Day }) =>
  request<unknown>('POST', `/api/courts/judges/${encodeURIComponent(id)}/absences`, input);
export const publishAllocationRules = (rules: AllocationRules) =>
  request<unknown>('POST', '/api/courts/rules', rules);
