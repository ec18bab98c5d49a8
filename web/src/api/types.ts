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

import type { InterestDeclarationContent } from '../../../src/modules/integrity/interests/content.ts';
import type { PeriodKind, PlanKind } from '../../../src/modules/strategy/plans/plans.ts';
import type {
  ExecutionStatus,
  ReportAction,
  ReportState,
} from '../../../src/modules/strategy/reporting/engine.ts';
import type { IndicatorUnit } from '../../../src/modules/strategy/reporting/units.ts';

// The report's life, indicator units and evidence rules are plain constants with no server code.
export {
  EXECUTION_STATUSES,
  REPORT_STATES,
  type ReportAction,
} from '../../../src/modules/strategy/reporting/engine.ts';
export {
  EVIDENCE_KINDS,
  MAX_EVIDENCE_BYTES,
} from '../../../src/modules/strategy/reporting/evidence.ts';
export {
  INDICATOR_UNITS,
  type IndicatorUnit,
} from '../../../src/modules/strategy/reporting/units.ts';

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
  indicatorValues: IndicatorValue[];
  authorId: string;
  reviewComment: string | null;
  previousId: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  /** What the signed-in caller may do with this version now (the server's decision). */
  actions: ReportAction[];
};

export type IndicatorValue = { indicatorCode: string; value: number; unit: IndicatorUnit };

/** One row of GET /api/reports: a report version with its measure, agency and period. */
export type ReportListItem = {
  id: string;
  measureId: string;
  periodId: string;
  version: number;
  state: ReportState;
  executionStatus: ExecutionStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  measure: {
    id: string;
    planId: string;
    title: LocalizedText;
    activityCode: string | null;
    deadline: string;
  };
  agency: { id: string; name: LocalizedText; shortName: LocalizedText };
  period: { kind: PeriodKind; year: number; number: number };
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

// Alternative reports of civil-society organisations (src/modules/strategy/alternative).
export {
  ASSESSMENTS,
  type Assessment,
} from '../../../src/modules/strategy/alternative/assessments.ts';

import type { Assessment } from '../../../src/modules/strategy/alternative/assessments.ts';

/** A civil-society organisation from the Ministry of Justice register. */
export type Organisation = {
  id: string;
  name: LocalizedText;
  registrationNumber: string;
  website: string | null;
  synthetic: boolean;
  createdAt: string;
};

export type OrganisationMember = {
  userId: string;
  username: string;
  displayName: string;
  addedAt: string;
};

/** An organisation's own assessment of a Plan item or a measure; final once filed. */
export type AlternativeReport = {
  id: string;
  organisationId: string;
  organisationName: LocalizedText;
  organisationRegistrationNumber: string;
  organisationSynthetic: boolean;
  itemNumber: number | null;
  measureId: string | null;
  measure: {
    id: string;
    title: LocalizedText;
    agencyId: string;
    agencyName: LocalizedText;
    planId: string;
  } | null;
  assessment: Assessment;
  text: { ky?: string; ru?: string };
  evidenceUrl: string | null;
  createdAt: string;
};

/** GET /api/measures/:id/alongside: the newest published official report beside the alternative ones. */
export type Alongside = {
  measureId: string;
  official: MeasureReport | null;
  alternative: AlternativeReport[];
  alternativeTotal: number;
};

/** How a Plan indicator is measured (docs/modules/strategy-indicators.md). */
export type IndicatorDefinition = {
  type: 'percentage' | 'count' | 'yes_no' | 'rank';
  unit: IndicatorUnit;
  direction: 'increase' | 'decrease' | 'achieve';
  period: 'year' | 'half_year' | 'quarter' | 'strategy';
  baseline: { value: number; year: number; source: string } | null;
  /** `basis`: the Kyrgyz words of the Plan the figure is read from. */
  target: { value: number; year: number; basis: string } | null;
  source: { kind: 'manual' } | { kind: 'computed'; key: string };
};

export type IndicatorNoDataReason = 'module_not_built' | 'no_records' | 'no_reports';

/** The newest measured value, or why there is none (never a made-up number). */
export type IndicatorLatest =
  | { status: 'value'; year: number; value: number; attainment: number | null; basis: string }
  | { status: 'no_data'; reason: IndicatorNoDataReason };

/** GET /api/indicators: one of the Plan's indicators with its latest value. */
export type Indicator = {
  code: string;
  activityCode: string;
  itemNumber: number;
  text: LocalizedText;
  definition: IndicatorDefinition;
  latest: IndicatorLatest;
};

export type IndicatorYearValue =
  | { year: number; status: 'value'; value: number; attainment?: number | null; basis?: string }
  | { year: number; status: 'no_data'; value: null };

/** GET /api/indicators/:code */
export type IndicatorDetail = Indicator & { history: IndicatorYearValue[] };

// The registers the Plan names: Council meetings (item 9), public councils (item 10), reporting
// timeliness (item 11) and the anti-corruption budget (item 20). The methodology's names are
// type-only imports of plain declarations beside the server code.
import type {
  COUNCIL_WEIGHTS,
  CouncilRating,
  EvaluationCriteria,
} from '../../../src/modules/strategy/registers/council-effectiveness.ts';

export type { CouncilRating, EvaluationCriteria };
export type CouncilCriterion = keyof typeof COUNCIL_WEIGHTS;

export type CouncilMeeting = {
  id: string;
  /** YYYY-MM-DD */
  heldOn: string;
  agenda: LocalizedText;
  decisions: LocalizedText | null;
  minutesUrl: string | null;
  synthetic: boolean;
};

export type MeetingsInYear = { year: number; held: number; required: number; met: boolean };

/** GET /api/registers/council-meetings: a page of meetings and every year's count. */
export type CouncilMeetingPage = Page<CouncilMeeting> & {
  perYear: MeetingsInYear[];
  requiredPerYear: number;
};

export type CouncilEvaluation = {
  id: string;
  councilId: string;
  year: number;
  criteria: EvaluationCriteria;
  score: number;
  rating: CouncilRating;
  /** One entry per criterion: its weight, the share of it earned (0-1) and why, in English. */
  breakdown: { criterion: CouncilCriterion; weight: number; value: number; reason: string }[];
  findings: LocalizedText | null;
  synthetic: boolean;
};

export type PublicCouncil = {
  id: string;
  agencyId: string;
  agencyName: LocalizedText;
  /** YYYY-MM-DD */
  establishedOn: string;
  membersCount: number;
  website: string | null;
  synthetic: boolean;
  /** Newest year first. */
  evaluations: CouncilEvaluation[];
};

export type AgencyTimeliness = {
  agencyId: string;
  agencyName: LocalizedText;
  due: number;
  onTime: number;
  late: number;
  missing: number;
  /** Percent; null when nothing was due. */
  onTimeShare: number | null;
};

/** GET /api/registers/reporting-timeliness */
export type ReportingTimeliness = { year: number; agencies: AgencyTimeliness[] };

export type AgencyBudget = {
  agencyId: string;
  agencyName: LocalizedText;
  measures: number;
  planned: Money;
  executed: Money;
  /** Executed as a percent of planned; null when nothing was planned. */
  executionShare: number | null;
  withinBand: boolean | null;
};

/** GET /api/registers/budget */
export type BudgetExecution = {
  year: number;
  band: { from: number; to: number };
  executionShare: number | null;
  agencies: AgencyBudget[];
};

// Published declarations (public): the server's allow-list of published fields is the one source.
export type { PublicDeclaration } from '../../../src/modules/declarations/publication/redact.ts';

import type { PublicDeclaration } from '../../../src/modules/declarations/publication/redact.ts';

/** Amounts are decimal strings in som ("1536000.00"). */
export type PublishedTotals = {
  incomeSom: string;
  monetaryAssetsSom: string;
  propertyValueSom: string;
};

/** GET /api/public/declarations: one row of the public search. */
export type PublishedDeclarationRow = PublishedTotals & {
  id: string;
  declarantId: string;
  fullName: string;
  post: string;
  year: number;
  agency: { id: string; code: string; name: LocalizedText };
  synthetic: boolean;
};

/** GET /api/public/declarations/:id */
export type PublishedDeclaration = Omit<PublishedDeclarationRow, keyof PublishedTotals> & {
  version: number;
  submittedAt: string;
  totals: PublishedTotals;
  declaration: PublicDeclaration;
};

/** GET /api/public/declarants/:id: the declarant's published years, oldest first. */
export type PublishedHistory = {
  declarantId: string;
  fullName: string;
  post: string;
  years: Array<PublishedTotals & { declarationId: string; year: number; synthetic: boolean }>;
};

// The declarant's own declarations (/my-declarations): the content shapes are the server's.
export type { DeclarationContent } from '../../../src/modules/declarations/content.ts';
export type { SubmittedContent } from '../../../src/modules/declarations/submitted.ts';
export type { FieldProblem, ProblemReason } from '../../../src/modules/declarations/validate.ts';

import type { Finding as CheckFinding } from '../../../src/modules/declarations/checks/types.ts';
import type { DeclarationContent } from '../../../src/modules/declarations/content.ts';
import type { ReviewState as DeclarationReviewState } from '../../../src/modules/declarations/review/workflow.ts';
import type { SubmittedContent } from '../../../src/modules/declarations/submitted.ts';
import type { FieldProblem } from '../../../src/modules/declarations/validate.ts';

export type DeclarationStatus = 'draft' | 'submitted' | 'correcting';
export type DeclarationCheckOutcome = 'checked' | 'full_check';

/** GET /api/declarations/mine: one year the declarant must file for. */
export type MyDeclarationYear = {
  year: number;
  /** YYYY-MM-DD */
  deadline: string;
  /** Null until the declarant starts the year's declaration. */
  id: string | null;
  status: DeclarationStatus | null;
  version: number | null;
  firstSubmittedAt: string | null;
  outcome: DeclarationCheckOutcome | null;
  reviewState: DeclarationReviewState | null;
  late: boolean | null;
};

/** GET /api/declarations/mine; `declarant` is null for an account not in the register. */
export type MyDeclarations = {
  declarant: {
    id: string;
    fullName: string;
    post: string;
    postCategory: string;
    agencyId: string;
  } | null;
  years: MyDeclarationYear[];
};

export type DeclarationVersionRef = {
  version: number;
  kind: 'annual' | 'corrective';
  /** 64 hex digits. */
  receipt: string;
  submittedAt: string;
};

/** GET /api/declarations/:id as the declarant sees their own. */
export type MyDeclaration = {
  id: string;
  year: number;
  status: DeclarationStatus;
  version: number;
  deadline: string | null;
  firstSubmittedAt: string | null;
  declarant: { id: string; fullName: string; post: string; postCategory: string };
  agency: { id: string; code: string; name: LocalizedText } | null;
  synthetic: boolean;
  draft: DeclarationContent | null;
  problems: FieldProblem[];
  /** The latest submitted version, with every amount also in som (tyiyn). */
  submitted: SubmittedContent | null;
  versions: DeclarationVersionRef[];
  check: { version: number; outcome: DeclarationCheckOutcome; checkedAt: string } | null;
  review: {
    id: string;
    state: DeclarationReviewState;
    requestText: string | null;
    requestDeadline: string | null;
    answerText: string | null;
    answeredAt: string | null;
    outcome: 'no_violation' | 'referral' | 'disciplinary' | null;
    enteredAt: string;
    concludedAt: string | null;
  } | null;
};

/** POST /api/declarations/:id/submit; `check` is null when it is left to the nightly run. */
export type DeclarationSubmitted = DeclarationVersionRef & {
  late: boolean;
  check: { outcome: DeclarationCheckOutcome; findings: CheckFinding[] } | null;
};

/** POST /api/declarations/:id/prefill */
export type DeclarationPrefilled = {
  content: DeclarationContent;
  added: number;
  registry: string;
};

/** GET /api/declarations/:id/versions/:version */
export type DeclarationVersionContent = DeclarationVersionRef & { content: SubmittedContent };

// Full checks of declarations (verifier), referrals (prosecutor) and who filed (/work/declaration-*).
export {
  FINDING_CODES,
  type FindingCode,
  SEVERITIES as FINDING_SEVERITIES,
} from '../../../src/modules/declarations/checks/codes.ts';
export type { FilingState as DeclarationFilingState } from '../../../src/modules/declarations/filing/status.ts';

import type {
  Finding as DeclarationFinding,
  RiskReason as DeclarationRiskReason,
  Severity as FindingSeverity,
} from '../../../src/modules/declarations/checks/types.ts';
import type { FilingState as DeclarationFilingState } from '../../../src/modules/declarations/filing/status.ts';
import type {
  ReviewOutcome as DeclarationReviewOutcome,
  ReviewState as FullCheckState,
} from '../../../src/modules/declarations/review/workflow.ts';

export type {
  DeclarationFinding,
  DeclarationReviewOutcome,
  DeclarationRiskReason,
  FindingSeverity,
  FullCheckState,
};

type AgencyRef = { id: string; code: string; name: LocalizedText };

/** GET /api/declaration-reviews and /api/declaration-referrals: one full check, with its top reasons. */
export type DeclarationReviewRow = {
  id: string;
  state: FullCheckState;
  outcome: DeclarationReviewOutcome | null;
  enteredAt: string;
  verifierId: string | null;
  /** YYYY-MM-DD */
  requestDeadline: string | null;
  declarationId: string;
  year: number;
  post: string;
  fullName: string;
  agency: AgencyRef;
  score: number;
  /** The top three, most points first. */
  reasons: DeclarationRiskReason[];
  synthetic: boolean;
};

/** The full check as a verifier (or a referred prosecutor) sees it on the declaration. */
export type DeclarationReviewInfo = {
  id: string;
  state: FullCheckState;
  requestText: string | null;
  requestDeadline: string | null;
  answerText: string | null;
  answeredAt: string | null;
  outcome: DeclarationReviewOutcome | null;
  conclusionText: string | null;
  verifierId: string | null;
  enteredAt: string;
  concludedAt: string | null;
};

/** GET /api/declarations/:id as a verifier or a referred prosecutor sees it: with findings and reasons. */
export type DeclarationUnderCheck = {
  id: string;
  year: number;
  status: DeclarationStatus;
  version: number;
  deadline: string | null;
  firstSubmittedAt: string | null;
  declarant: { id: string; fullName: string; post: string; postCategory: string };
  agency: AgencyRef | null;
  synthetic: boolean;
  submitted: SubmittedContent | null;
  versions: DeclarationVersionRef[];
  check: {
    version: number;
    outcome: DeclarationCheckOutcome;
    checkedAt: string;
    score?: number;
    findings?: DeclarationFinding[];
    reasons?: DeclarationRiskReason[];
  } | null;
  review: DeclarationReviewInfo | null;
};

/** GET /api/declaration-referrals/:id: the evidence pack fixed when the check was referred. */
export type DeclarationReferral = {
  id: string;
  declarationId: string;
  concludedAt: string | null;
  conclusionText: string | null;
  evidence: {
    declarationId: string;
    year: number;
    declarant: { fullName: string; post: string };
    version: number;
    receipt: string | null;
    submittedAt: string | null;
    score: number;
    findings: DeclarationFinding[];
    reasons: DeclarationRiskReason[];
    request: { text: string; deadline: string | null } | null;
    answer: { text: string; at?: string } | null;
    conclusion: string;
  } | null;
};

/** GET /api/declaration-years */
export type DeclarationFilingYear = { year: number; deadline: string };

/** GET /api/declaration-filing: everyone obliged to file for the year and where they stand. */
export type DeclarationFilingReport = Page<{
  declarantId: string;
  fullName: string;
  post: string;
  agencyId: string;
  declarationId: string | null;
  firstSubmittedAt: string | null;
  state: DeclarationFilingState;
}> & {
  year: number;
  deadline: string;
  totals: Record<DeclarationFilingState, number>;
};

// Conflicts of interest and the relations graph (issue 5). The shared vocabulary (rules, relation
// kinds, degrees, PathStep, ConflictFindingState) is exported with the findings types below.
export type {
  DealingKind,
  OrganisationKind,
} from '../../../src/modules/integrity/detection/types.ts';
export {
  DEALING_KINDS,
  ORGANISATION_KINDS,
} from '../../../src/modules/integrity/detection/types.ts';

import type * as Engine from '../../../src/modules/integrity/detection/types.ts';

export type GraphNodeType = 'person' | 'organisation';
export type GraphNodeRef = { type: GraphNodeType; id: string };
export type ConflictFindingRule = Engine.ConflictRule | Engine.DataRule;

/** A finding as the people, organisations and graph pages list it. */
export type ConflictFindingSummary = {
  id: string;
  rule: ConflictFindingRule;
  severity: Engine.Severity;
  state: ConflictFindingState;
  path: Engine.PathStep[];
  firstFoundAt?: string;
  lastSeenAt?: string;
  caseId?: string | null;
};

export type OfficialPost = {
  agency: { id: string; name: LocalizedText } | null;
  post: string;
  postCategory: string | null;
};

/** GET /api/people */
export type PersonRow = {
  id: string;
  fullName: string;
  birthDate: string | null;
  official: OfficialPost | null;
  openFindings: number;
  synthetic: boolean;
};

/** GET /api/people/:id */
export type PersonDetail = {
  id: string;
  fullName: string;
  birthDate: string | null;
  pinKnown: boolean;
  /** set when a confirmed match folded this record into another person */
  mergedInto: string | null;
  official: OfficialPost | null;
  relations: number;
  findings: ConflictFindingSummary[];
  synthetic: boolean;
};

/** GET /api/legal-entities */
export type LegalEntityRow = {
  id: string;
  name: string;
  kind: Engine.OrganisationKind;
  register: string | null;
  registrationNumber: string | null;
  synthetic: boolean;
};

/** GET /api/legal-entities/:id */
export type LegalEntityDetail = LegalEntityRow & {
  statePercent: number | null;
  /** the state body that founded or oversees it (an organisation of the graph) */
  parentId: string | null;
  /** the platform agency, when this is one of the state bodies users belong to */
  agencyId: string | null;
  source: string | null;
  relations: number;
};

export type GraphNode = {
  type: GraphNodeType;
  id: string;
  name: string;
  official?: boolean;
  kind?: Engine.OrganisationKind;
  register?: string | null;
  synthetic?: boolean;
};

export type GraphEdge = {
  id: string;
  edge: 'relation' | 'dealing';
  kind: Engine.RelationKind | Engine.DealingKind;
  from: GraphNodeRef;
  to: GraphNodeRef;
  degree?: Engine.FamilyDegree | null;
  sharePercent?: number | null;
  role?: string | null;
  source: string;
  sourceRef: string;
  validFrom?: string | null;
  validUntil?: string | null;
  title?: string | null;
  amountTyiyn?: number | null;
  date?: string | null;
};

/** GET /api/relations-graph: the network around a person or organisation (at most 300 nodes). */
export type RelationsGraph = {
  centre: GraphNodeRef;
  nodes: GraphNode[];
  edges: GraphEdge[];
  findings: ConflictFindingSummary[];
  truncated: boolean;
};

// Conflicts of interest (integrity module): the engine's vocabulary is plain constants, no server code.
export type {
  ConflictRule,
  DataRule,
  FamilyDegree,
  PathStep,
  RelationKind,
  Severity as ConflictSeverity,
} from '../../../src/modules/integrity/detection/types.ts';
export {
  CONFLICT_RULES,
  DATA_RULES,
  EDGE_SOURCES,
  FAMILY_DEGREES,
  RELATION_KINDS,
} from '../../../src/modules/integrity/detection/types.ts';
export type { MatchReason } from '../../../src/modules/integrity/names/types.ts';

import type {
  ConflictRule,
  Severity as ConflictSeverity,
  DataRule,
  PathStep,
} from '../../../src/modules/integrity/detection/types.ts';
import type { MatchReason } from '../../../src/modules/integrity/names/types.ts';

export type ConflictFindingState = 'open' | 'dismissed' | 'in_case' | 'gone';

/** GET /api/conflict-findings (page items) and /api/conflict-findings/:id. */
export type ConflictFinding = {
  id: string;
  rule: ConflictRule | DataRule;
  severity: ConflictSeverity;
  state: ConflictFindingState;
  path: PathStep[];
  caseId: string | null;
  dismissedReason: string | null;
  firstFoundAt: string;
  lastSeenAt: string;
  official: { id: string; name: string; agency: { id: string; name: LocalizedText } | null };
};

export type ConflictCaseState = 'open' | 'measure_ordered' | 'closed';
export type ConflictCaseOrigin = 'finding' | 'notification' | 'manual';
export type ConflictCaseOutcome = 'resolved' | 'liability' | 'unfounded';
export type ConflictLiability = 'none' | 'reprimand' | 'dismissal' | 'other';
export type ConflictMeasure = 'recusal' | 'transfer' | 'divestment' | 'other';
export type ConflictCaseAgency = { id: string; code: string; name: LocalizedText };

/** GET /api/conflict-cases (page items). */
export type ConflictCaseRow = {
  id: string;
  state: ConflictCaseState;
  origin: ConflictCaseOrigin;
  summary: string;
  official: { id: string; fullName: string; post: string | null };
  agency: ConflictCaseAgency;
  openedAt: string;
  closedAt: string | null;
  outcome: ConflictCaseOutcome | null;
  liability: ConflictLiability | null;
  findingCount: number;
  notificationCount: number;
  synthetic: boolean;
};

/** A notification of a conflict with the head's decision, as a case shows it. */
export type ConflictNotification = {
  id: string;
  post: string;
  description: string;
  relatedParty: string;
  filedAt: string;
  state: 'filed' | 'decided';
  measure: ConflictMeasure | null;
  measureText: string | null;
  decidedAt: string | null;
};

/** GET /api/conflict-notifications/to-decide (page items): the head's queue. */
export type NotificationToDecide = ConflictNotification & {
  declarant: { id: string; fullName: string };
  postCategory: string;
  caseId: string | null;
};

/** One event of a case's story, from the audit log (actors hidden from the official). */
export type ConflictCaseEvent = {
  at: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
  details: Record<string, unknown> | null;
};

/** GET /api/conflict-cases/:id */
export type ConflictCase = {
  id: string;
  state: ConflictCaseState;
  origin: ConflictCaseOrigin;
  summary: string;
  official: { id: string; fullName: string; post: string | null; postCategory: string | null };
  agency: ConflictCaseAgency | null;
  openedAt: string;
  closedAt: string | null;
  outcome: ConflictCaseOutcome | null;
  liability: ConflictLiability | null;
  closingNote: string | null;
  synthetic: boolean;
  findings: Omit<ConflictFinding, 'official' | 'caseId' | 'dismissedReason'>[];
  notifications: ConflictNotification[];
  timeline: ConflictCaseEvent[];
};

/** One side of an uncertain match: what the sources say about the person. */
export type MatchedPerson = {
  id: string;
  fullName: string;
  birthDate: string | null;
  pinKnown: boolean;
  /** The record is an official's (they declare). */
  official: boolean;
  mergedInto: string | null;
  sources: string[];
};

/** GET /api/person-matches (page items). */
export type PersonMatch = {
  id: string;
  score: number;
  reasons: MatchReason[];
  state: 'pending' | 'confirmed' | 'rejected';
  person: MatchedPerson;
  candidate: MatchedPerson;
  createdAt: string;
  decidedAt: string | null;
};

// Conflicts of interest (integrity module): the declarant's side and the public pages.
// The closed lists are the server's own (interests/content.ts is a Zod schema: types only here).
export type {
  CompanyInterest,
  InterestDeclarationContent,
  InterestRelative,
} from '../../../src/modules/integrity/interests/content.ts';

// ConflictCaseState, ConflictCaseOutcome and ConflictMeasure are defined above.
export type ConflictNotificationState = 'filed' | 'decided';
export type InterestOccasion = 'appointment' | 'transfer';
/** The kinds of the public register of state organisations (Plan item 5). */
export type StateRegisterKind =
  | 'budget_funded'
  | 'state_enterprise'
  | 'municipal_enterprise'
  | 'state_share_company'
  | 'state_property_trustee';

/** GET /api/my-conflict-cases (page items): the signed-in declarant's own cases. */
export type MyConflictCase = {
  id: string;
  state: ConflictCaseState;
  origin: ConflictCaseOrigin;
  summary: string;
  openedAt: string;
  closedAt: string | null;
  outcome: ConflictCaseOutcome | null;
  liability: ConflictLiability | null;
  findingCount: number;
  notificationCount: number;
  synthetic: boolean;
};

/** The register entry of the signed-in declarant, as the /mine lists give it (null: none). */
export type MyDeclarantEntry = {
  id: string;
  fullName: string;
  post: string;
  postCategory: string;
} | null;

/** GET /api/conflict-notifications/mine (page items) */
export type MyConflictNotification = {
  id: string;
  caseId: string | null;
  post: string;
  description: string;
  relatedParty: string;
  filedAt: string;
  state: ConflictNotificationState;
  measure: ConflictMeasure | null;
  measureText: string | null;
  decidedAt: string | null;
  /** On the public list (political and special posts). */
  published: boolean;
};

export type NewConflictNotification = {
  caseId?: string;
  description: string;
  relatedParty: string;
};

/** GET /api/published-conflict-notifications: of political and special officials only. */
export type PublishedConflictNotification = {
  id: string;
  fullName: string;
  post: string;
  agency: { id: string; code: string; name: LocalizedText };
  description: string;
  relatedParty: string;
  filedAt: string;
  state: ConflictNotificationState;
  measure: ConflictMeasure | null;
  measureText: string | null;
  decidedAt: string | null;
  synthetic: boolean;
};

/** GET /api/interest-declarations/mine: each filing; the latest supersedes the ones before. */
export type MyInterestDeclaration = {
  id: string;
  occasion: InterestOccasion;
  post: string;
  effectiveOn: string;
  receipt: string;
  filedAt: string;
  /** What it declared, counted by section. */
  counts: Record<keyof InterestDeclarationContent, number>;
  synthetic: boolean;
};

/** GET /api/interest-declarations/:id */
export type InterestDeclaration = Omit<MyInterestDeclaration, 'counts'> & {
  content: InterestDeclarationContent;
};

export type NewInterestDeclaration = {
  occasion: InterestOccasion;
  post: string;
  effectiveOn: string;
  content: InterestDeclarationContent;
};

/** The answer to filing: the receipt that proves what was filed and when. */
export type InterestDeclarationFiled = {
  id: string;
  receipt: string;
  filedAt: string;
};

/** GET /api/state-organisations (public register, page items) */
export type StateOrganisation = {
  id: string;
  name: string;
  kind: string;
  register: StateRegisterKind;
  registrationNumber: string | null;
  statePercent: number | null;
  address: string | null;
  source: string | null;
  parent: { id: string; name: string } | null;
  synthetic: boolean;
};

/** GET /api/state-organisations/:id: with the body above it and the organisations under it. */
export type StateOrganisationDetail = Omit<StateOrganisation, 'parent'> & {
  /** `register` null: the parent body is not itself on the register (a ministry). */
  parent: {
    id: string;
    name: string;
    kind: string;
    register: StateRegisterKind | null;
    registrationNumber: string | null;
  } | null;
  subordinates: {
    id: string;
    name: string;
    register: StateRegisterKind;
    statePercent: number | null;
  }[];
  updatedAt: string;
};

/** What a court decision bars a legal entity from (Plan item 16). */
export type BarRestriction =
  | 'procurement'
  | 'tenders'
  | 'auctions'
  | 'state_loans'
  | 'subsidies'
  | 'tax_benefits';
export type BarState = 'active' | 'scheduled' | 'expired' | 'lifted';

/** GET /api/barred-entities (public register of legal entities barred for corruption offences) */
export type BarredEntity = {
  id: string;
  name: string;
  /** INN, 14 digits */
  identifier: string;
  country: string;
  court: string;
  decisionNumber: string;
  decisionDate: string;
  ground: string;
  restrictions: BarRestriction[];
  barredFrom: string;
  /** null: until lifted */
  barredUntil: string | null;
  liftedAt: string | null;
  liftedReason: string | null;
  state: BarState;
  recordedAt: string;
  synthetic: boolean;
};

/** GET /api/barred-entities/:id: with what happened to the entry. */
export type BarredEntityDetail = BarredEntity & {
  history: Array<
    { event: 'recorded'; at: string } | { event: 'lifted'; at: string; reason: string | null }
  >;
  updatedAt: string;
};

/** GET /api/barred-entities/check: whether an entity is barred at a moment. */
export type BarCheck = {
  identifier: string;
  at: string;
  restriction: BarRestriction | null;
  barred: boolean;
  bars: BarredEntity[];
};

/** POST /api/barred-entities */
export type NewBarredEntity = {
  name: string;
  identifier: string;
  court: string;
  decisionNumber: string;
  decisionDate: string;
  ground: string;
  restrictions: BarRestriction[];
  barredFrom: string;
  barredUntil: string | null;
};

// Public procurement (issue 6): tenders with their red flags and risk index, buyer and supplier
// profiles, the dashboard, civic remarks and concerns, and OCDS imports (admin).

/** The engine that raised a red flag. */
export type ProcurementEngine = 'cardinal' | 'kyrgyz' | 'cri' | 'barred' | 'conflict' | 'plan';
export type FlagSubject = 'tender' | 'buyer' | 'supplier';

/** One fact behind a flag: where it is in the OCDS data and what it says (another OCID if elsewhere). */
export type FlagEvidence = {
  path: string;
  value: string | number | boolean | null | (string | number)[];
  ocid?: string;
};

/** A red flag as the tender page shows it (about the tender, or its buyer or supplier through it). */
export type ProcurementFlag = {
  engine: ProcurementEngine;
  code: string;
  subject: FlagSubject;
  subjectId: string;
  value: number;
  threshold: number | null;
  evidence: FlagEvidence[];
};

/** A flag on a buyer's or supplier's profile: the tender it points at instead of the subject. */
export type PartyFlag = Omit<ProcurementFlag, 'subject' | 'subjectId'> & { ocid: string | null };

/** GET /api/procurement/tenders (page items) */
export type TenderRow = {
  ocid: string;
  title: string | null;
  buyer: { id: string; name: string | null } | null;
  region: string | null;
  method: string | null;
  methodDetails: string | null;
  status: string | null;
  value: Money | null;
  bidders: number | null;
  publishedAt: string | null;
  synthetic: boolean;
  flags: number;
  /** The Corruption Risk Index, 0..1; null when no component had data. */
  risk: number | null;
};

export type TenderSortField = 'publishedAt' | 'value' | 'risk' | 'bidders' | 'flags';
export type TenderSort = TenderSortField | `-${TenderSortField}`;

// The risk index's components and their flag codes are plain constants with no server code.
export {
  CRI_CODES,
  CRI_COMPONENTS,
  type CriComponent,
} from '../../../src/modules/procurement/risk-index/settings.ts';

import type { CriComponent } from '../../../src/modules/procurement/risk-index/settings.ts';

/** A tender's risk index: which components had data, which were risky, why others were left out. */
export type TenderRisk = {
  score: number;
  components: {
    applicable: CriComponent[];
    risky: CriComponent[];
    unknown: Partial<Record<CriComponent, string>>;
    evidence: Partial<Record<CriComponent, FlagEvidence[]>>;
  };
};

export type OcdsPartyRef = { id: string | null; name: string | null };
export type DatePeriod = { start: string | null; end: string | null };

export type TenderRemark = {
  id: string;
  ocid: string;
  kind: 'comment' | 'concern';
  body: string;
  author: string;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
};

/** A potential conflict of interest behind a tender (verifiers, prosecutors and admins only). */
export type TenderConflict = {
  id: string;
  rule: ConflictRule | DataRule;
  severity: ConflictSeverity;
  state: ConflictFindingState;
  path: PathStep[];
};

/** GET /api/procurement/tenders/:ocid */
export type TenderDetail = Omit<TenderRow, 'flags' | 'risk'> & {
  /** The platform agency whose officers answer concerns (null until the buyer is linked to one). */
  buyerAgencyId: string | null;
  classification: string | null;
  releasedAt: string | null;
  description: string | null;
  procuringEntity: OcdsPartyRef | null;
  methodRationale: string | null;
  mainProcurementCategory: string | null;
  tenderPeriod: DatePeriod | null;
  awardPeriod: DatePeriod | null;
  items: {
    id: string | null;
    description: string | null;
    classification: { scheme: string | null; id: string | null; description: string | null } | null;
    quantity: number | null;
  }[];
  bids: {
    id: string | null;
    date: string | null;
    status: string | null;
    value: Money | null;
    tenderers: (OcdsPartyRef | null)[];
  }[];
  awards: {
    id: string | null;
    date: string | null;
    status: string | null;
    value: Money | null;
    suppliers: (OcdsPartyRef | null)[];
  }[];
  contracts: {
    id: string | null;
    awardId: string | null;
    status: string | null;
    value: Money | null;
    dateSigned: string | null;
    period: DatePeriod | null;
  }[];
  documents: { id: string | null; type: string | null; title: string | null; url: string | null }[];
  flags: ProcurementFlag[];
  risk: TenderRisk | null;
  remarks: TenderRemark[];
  /** null: the viewer may not see conflicts of interest. */
  conflicts: TenderConflict[] | null;
};

/** One year of a buyer's or supplier's tenders. */
export type ProcurementYear = {
  year: number | null;
  tenders: number;
  value: Money | null;
  singleBidderShare: number;
  flaggedShare: number;
  meanRisk: number | null;
};

/** GET /api/procurement/plans: a line of a buyer's annual procurement plan */
export type PlanLine = {
  buyerId: string;
  buyerName: string;
  year: number;
  line: number;
  classification: string;
  description: string;
  planned: Money | null;
  method: string | null;
  quarter: number | null;
  synthetic: boolean;
};

/** GET /api/procurement/buyers/:id */
export type BuyerProfile = {
  id: string;
  name: string | null;
  region: string | null;
  onPlatform: boolean;
  years: ProcurementYear[];
  flags: PartyFlag[];
  risk: {
    score: number;
    tenders: number;
    components: Partial<Record<CriComponent, { risky: number; applicable: number }>>;
  } | null;
};

/** GET /api/procurement/suppliers/:id */
export type SupplierProfile = {
  id: string;
  name: string | null;
  identifier: string | null;
  country: string | null;
  buyers: { id: string | null; name: string | null; tenders: number }[];
  years: ProcurementYear[];
  flags: PartyFlag[];
};

export type ProcurementDimension = 'region' | 'category' | 'method';

/** GET /api/procurement/dashboard */
export type ProcurementDashboard = {
  by: ProcurementDimension;
  year: number | null;
  years: number[];
  groups: {
    key: string | null;
    tenders: number;
    value: Money | null;
    singleBidderShare: number;
    flaggedShare: number;
    meanRisk: number | null;
  }[];
};

/** GET /api/procurement/concerns (page items): a concern with its tender's title. */
export type TenderConcern = TenderRemark & { title: string | null };

export type OcdsImportState = 'queued' | 'running' | 'done' | 'failed';

/** GET /api/procurement/imports (page items) */
export type OcdsImport = {
  id: string;
  source: string;
  format: string | null;
  state: OcdsImportState;
  jobId: string | null;
  /** 0..1 of the bytes read; null when the size is not known. */
  progress: number | null;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  failure: string | null;
  startedAt: string;
  finishedAt: string | null;
};

/** GET /api/procurement/imports/:id: with the refused lines and their numbers. */
export type OcdsImportDetail = OcdsImport & { problems: { line: number; message: string }[] };

// Courts (issue 7): automated case allocation that anyone can verify.
export type {
  AllocationReason,
  AllocationRules,
  Day,
  ExclusionReason,
  LogEntry,
  PublicKey,
  SignedHead,
} from '../../../src/modules/courts/engine/types.ts';

import type { Alert } from '../../../src/modules/courts/engine/alerts.ts';
import type { FairnessReason } from '../../../src/modules/courts/engine/fairness.ts';
import type {
  AllocationReason,
  AllocationRules,
  Day,
  ExclusionReason,
  LogEntry,
  PublicKey,
  SignedHead,
} from '../../../src/modules/courts/engine/types.ts';

export type CourtInstance = 'first' | 'appeal' | 'cassation';

/** GET /api/courts (items) */
export type CourtSummary = {
  id: string;
  code: string;
  name: LocalizedText;
  instance: CourtInstance;
  judges: number;
  chambers: number;
  allocations: number;
};

export type JudgeStatus = 'active' | 'left';

export type CourtJudgeSettings = {
  specialisations: string[];
  loadPercent: number;
  status: JudgeStatus;
  effectiveFrom: Day;
};

export type CourtJudge = CourtJudgeSettings & {
  id: string;
  name: string;
  chamber: string;
  /** False for a judge added today: they take part in allocations from `effectiveFrom`. */
  inOffice?: boolean;
  pending: (CourtJudgeSettings & { chamber?: string }) | null;
  absences: { from: Day; to: Day; effectiveFrom: Day }[];
  synthetic: boolean;
};

export type CourtRulesVersion = {
  version: number;
  effectiveFrom: Day;
  rules: AllocationRules;
  publishedAt: string;
};

/** GET /api/courts/:code */
export type CourtDetail = {
  id: string;
  code: string;
  name: LocalizedText;
  instance: CourtInstance;
  chambers: { id: string; name: LocalizedText; specialisation: string }[];
  judges: CourtJudge[];
  categories: {
    code: string;
    name: LocalizedText;
    specialisation: string;
    points: number | null;
  }[];
  rules: CourtRulesVersion | null;
  pendingRules: CourtRulesVersion | null;
};

export type JudgeRef = { id: string; name: string };

/** GET /api/courts/:code/allocations (items) */
export type CourtAllocation = {
  seq: number;
  at: string;
  day: Day;
  /** A failure is published too: no judge was eligible, and why (the excluded judges). */
  kind: 'allocation' | 'allocation-failed';
  caseId: string;
  number: string;
  category: string;
  categoryName: LocalizedText | null;
  judge: JudgeRef | null;
  reason: AllocationReason;
  eligibleCount: number;
  excludedCount: number;
  inputsHash: string | null;
  previousJudge: JudgeRef | null;
  revealed: boolean;
  alert: boolean;
};

export type CourtAllocationSort = 'at' | '-at';

export type FairnessVerdict = 'consistent' | 'inconsistent' | 'too-few';

/** GET /api/courts/:code/statistics */
export type CourtStatistics = {
  judges: {
    judge: JudgeRef;
    allocations: number;
    expected: number;
    contribution?: number;
    points: number;
  }[];
  fairness: {
    statistic: number;
    degreesOfFreedom: number;
    pValue: number;
    allocations: number;
    verdict: FairnessVerdict;
    reason?: FairnessReason;
    /** The p-value below which the verdict is "inconsistent". */
    significance?: number;
  };
};

/** GET /api/courts/:code/alerts (items): each with the numbers that raised it. */
export type CourtAlert = Alert;
export type CourtAlertKind = Alert['kind'];

/** GET /api/courts/days (items): a day's seed commitment, its reveal and its signed head. */
export type CourtDay = {
  day: Day;
  commitment: string;
  committedAt: string;
  seed: string | null;
  revealedAt: string | null;
  head: {
    lastSeq: number;
    headHash: string;
    keyId: string;
    signature: string;
    signedAt: string;
  } | null;
  allocations: number;
};

/** GET /api/courts/log: one page of the public log, with the heads and keys to check it. */
export type CourtLogPage = {
  entries: LogEntry[];
  heads: SignedHead[];
  keys: PublicKey[];
  /** The last entry of this page. */
  lastSeq: number;
  /** True when this page reaches the end of the log. */
  complete: boolean;
};

export type CasePartyRole = 'claimant' | 'defendant' | 'accused' | 'victim' | 'third-party';
export type CaseParty = { role: CasePartyRole; name: string; identifier?: string | null };

export type CaseStatus = 'allocated' | 'unallocated';

/** GET /api/courts/:code/cases (items) */
export type CourtCaseRow = {
  id: string;
  number: string;
  category: string;
  categoryName: LocalizedText;
  filedAt: string;
  judge: JudgeRef | null;
  status: CaseStatus;
  parties: { role: CasePartyRole; name: string }[];
  synthetic: boolean;
};

export type NewCourtCase = {
  category: string;
  claim: string;
  parties: CaseParty[];
  earlierCaseNumber?: string;
};

/** The judge drawn (the server sends the judge's id; the plan named {id, name}: both read). */
export type AllocationOutcome = { judge: JudgeRef | string; eligibleCount: number; seq?: number };
export type AllocationFailure = { reason: string; message?: string };

/** POST /api/courts/:code/cases */
export type RegisteredCase = {
  case: { id: string; number: string };
  allocation: AllocationOutcome | null;
  failure: AllocationFailure | null;
};

/** GET /api/courts/cases/:id */
export type CourtCaseDetail = {
  id: string;
  number: string;
  court: { code: string; name: LocalizedText };
  category: string;
  categoryName: LocalizedText;
  claim: string;
  parties: CaseParty[];
  earlierCase: { id: string; number: string } | null;
  filedAt: string;
  status: CaseStatus;
  judge: JudgeRef | null;
  /** The judges of the case's court, for the recusal. */
  judges: { id: string; name: string; status: JudgeStatus }[];
  synthetic: boolean;
  history: {
    seq: number;
    at: string;
    kind: 'allocation' | 'allocation-failed' | 'recusal';
    reason: string | null;
    judge: JudgeRef | null;
    previousJudge: JudgeRef | null;
    eligibleCount: number | null;
    excluded: { judge: JudgeRef; reason: ExclusionReason }[];
    /** The recusal's note, for the administrator only. */
    note: string | null;
  }[];
};

export type AbsenceKind = 'leave' | 'sickness' | 'training' | 'other';

export type NewJudge = {
  name: string;
  pin?: string;
  chamber: string;
  specialisations: string[];
  loadPercent: number;
};

export type JudgeChanges = Partial<{
  chamber: string;
  specialisations: string[];
  loadPercent: number;
  status: JudgeStatus;
}>;
