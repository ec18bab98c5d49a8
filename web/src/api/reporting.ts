import type { LocalizedText } from '../format/localized.ts';
import { currentLanguage, i18n } from '../i18n/index.ts';
import { ApiError } from './ApiError.ts';
import { request, withQuery } from './client.ts';
import type { Page } from './types.ts';

/*
 * Whistleblower reports (issue 8): the reporter's calls and the handlers'. The reporter's calls
 * send no cookies (a signed-in visitor's session must not be tied to a report) and carry the
 * reporter token only in a header, from memory.
 */

export type ReportBody = 'prosecutor-general' | 'anti-corruption-service-scns' | 'agency';
export type ReportStatus = 'new' | 'in_progress' | 'closed';
export type ReportOutcome =
  | 'substantiated'
  | 'partly_substantiated'
  | 'not_substantiated'
  | 'referred';
export type ProtectionKind = 'dismissal' | 'demotion' | 'transfer' | 'harassment' | 'other';
export type ProtectionOutcome = 'measures_taken' | 'violation_not_found' | 'referred';

export const REPORT_STATUSES = ['new', 'in_progress', 'closed'] as const satisfies ReportStatus[];
export const REPORT_OUTCOMES = [
  'substantiated',
  'partly_substantiated',
  'not_substantiated',
  'referred',
] as const satisfies ReportOutcome[];
export const PROTECTION_KINDS = [
  'dismissal',
  'demotion',
  'transfer',
  'harassment',
  'other',
] as const satisfies ProtectionKind[];
export const PROTECTION_OUTCOMES = [
  'measures_taken',
  'violation_not_found',
  'referred',
] as const satisfies ProtectionOutcome[];

export type ReportCategory = {
  code: string;
  body: ReportBody;
  bodyName: LocalizedText | null;
  name: LocalizedText;
  description: LocalizedText;
  available: boolean;
};

export type IntakeLimits = {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  types: string[];
};

export type Intake = { categories: ReportCategory[]; limits: IntakeLimits };

export type Challenge = { challenge: string; difficulty: number; expiresAt: string };

export type ReportIdentity = { name: string; contact: string; position?: string };

export type NewReport = {
  category: string;
  agencyId?: string;
  title: string;
  text: string;
  happenedOn?: string;
  place?: string;
  involved?: string;
  identity?: ReportIdentity;
};

/** What was done to one file's metadata before it was stored (codes, see metadataItems). */
export type AttachmentMetadata = {
  name: string;
  type: string;
  size: number;
  removed: string[];
  notRemoved: string[];
};

export type SubmittedReport = {
  receipt: string;
  reference: string;
  token: string;
  attachments: AttachmentMetadata[];
};

export type ReporterSession = { token: string; expiresAt: string };

export type ReportAttachment = AttachmentMetadata & { id: string };

export type ReportMessage = {
  id: string;
  author: 'reporter' | 'handler';
  text: string;
  at: string;
};

export type ProtectionSummary = {
  id: string;
  kind: ProtectionKind;
  openedBy: 'reporter' | 'handler';
  openedAt: string;
  /** YYYY-MM-DD: by when the prosecutor must respond. */
  deadline: string;
  status: 'open' | 'answered';
  details: string;
  occurredOn: string | null;
  outcome: ProtectionOutcome | null;
  answeredAt: string | null;
  answer: string | null;
};

export type RewardSummary = {
  eligible: boolean;
  amountSom: number | null;
  status: 'pending' | 'paid' | 'not_eligible';
  paymentDue: string | null;
  paidOn: string | null;
};

export type ReportContent = {
  title: string;
  text: string;
  happenedOn: string | null;
  place: string | null;
  involved: string | null;
};

export type ReporterView = {
  reference: string;
  category: string;
  body: { agencyId: string; name: LocalizedText | null };
  status: ReportStatus;
  outcome: ReportOutcome | null;
  submittedAt: string;
  closedAt: string | null;
  content: ReportContent;
  attachments: ReportAttachment[];
  messages: ReportMessage[];
  identity: { disclosed: boolean };
  protection: ProtectionSummary[];
  reward: RewardSummary | null;
};

export type ProtectionInput = { kind: ProtectionKind; details: string; occurredOn?: string };

// --- The reporter's side -------------------------------------------------------------------

/** Like `request`, but without cookies, and with the reporter token when there is one. */
async function reporterRequest<T>(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<T> {
  const response = await reporterFetch(method, path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => undefined)) as T;
}

async function reporterFetch(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  { token, body }: { token?: string; body?: unknown },
): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (token) headers['x-reporter-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', i18n.t('errors.network'));
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

async function errorOf(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => undefined);
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } })
    ?.error;
  if (error && typeof error.code === 'string') {
    const message =
      typeof error.message === 'string' && error.message
        ? error.message
        : i18n.t('errors.unexpected');
    return new ApiError(response.status, error.code, message, error.details);
  }
  return new ApiError(response.status, 'http_error', i18n.t('errors.unexpected'));
}

export const getIntake = () => reporterRequest<Intake>('GET', '/api/reporting/intake');

export const getChallenge = () => reporterRequest<Challenge>('GET', '/api/reporting/challenge');

export type ProofOfWork = { challenge: string; nonce: string };

/** The report as JSON in field `report`, the proof of work, then the files, as the server reads them. */
export function submitReport(report: NewReport, proof: ProofOfWork, files: readonly File[]) {
  const form = new FormData();
  form.append('report', JSON.stringify(report));
  form.append('challenge', proof.challenge);
  form.append('nonce', proof.nonce);
  for (const file of files) form.append('file', file, file.name);
  return reporterRequest<SubmittedReport>('POST', '/api/reporting/reports', { body: form });
}

export const signInWithReceipt = (receipt: string, proof: ProofOfWork) =>
  reporterRequest<ReporterSession>('POST', '/api/reporting/receipt', {
    body: { receipt, ...proof },
  });

export const getMyReport = (token: string) =>
  reporterRequest<ReporterView>('GET', '/api/reporting/mine', { token });

export const sendReporterMessage = (token: string, text: string) =>
  reporterRequest<ReportMessage>('POST', '/api/reporting/mine/messages', {
    token,
    body: { text },
  });

export const revealMyIdentity = (token: string, identity: ReportIdentity) =>
  reporterRequest<void>('POST', '/api/reporting/mine/identity', { token, body: identity });

export const requestMyProtection = (token: string, input: ProtectionInput) =>
  reporterRequest<{ id: string; deadline: string }>('POST', '/api/reporting/mine/protection', {
    token,
    body: input,
  });

export const endReporterSession = (token: string) =>
  reporterRequest<void>('DELETE', '/api/reporting/mine/session', { token });

/** The file's bytes: the token goes in a header, so a plain link cannot fetch it. */
export async function downloadMyAttachment(token: string, attachmentId: string): Promise<Blob> {
  const response = await reporterFetch(
    'GET',
    `/api/reporting/mine/attachments/${encodeURIComponent(attachmentId)}`,
    { token },
  );
  return response.blob();
}

// --- Public statistics ---------------------------------------------------------------------

/** A count, or null where it is under the threshold and withheld so no reporter stands out. */
export type Count = number | null;
/** `name`: the body's name, where the server gives it (keys of byBody are agency codes). */
export type StatCell = {
  key: string;
  count: Count;
  suppressed: boolean;
  name?: LocalizedText;
};

export type ReportingStatistics = {
  year: number;
  threshold: number;
  total: Count;
  /** Keys are category codes. */
  byCategory: StatCell[];
  /** Keys are the bodies' agency codes. */
  byBody: StatCell[];
  /** Keys are outcomes, or 'open' for reports not closed yet. */
  byOutcome: StatCell[];
  firstResponse: { responded: Count; medianDays: number | null; suppressed: boolean };
  protection: { opened: Count; answered: Count; answeredOnTime: Count; overdue: Count };
  rewards: { decided: Count; eligible: Count; paid: Count; overdue: Count; paidSom: Count };
};

export const getReportingStatistics = (year: number | null) =>
  reporterRequest<ReportingStatistics>('GET', withQuery('/api/reporting/statistics', { year }));

// --- The handlers' side --------------------------------------------------------------------

export type ReportingKeyState = { hasKey: boolean; unlocked: boolean; createdAt: string | null };

export const getMyReportingKey = () => request<ReportingKeyState>('GET', '/api/reporting/keys/me');
export const setUpReportingKey = (password: string) =>
  request<{ recoveryCode: string }>('POST', '/api/reporting/keys', { password });
export const unlockReportingKey = (password: string) =>
  request<void>('POST', '/api/reporting/keys/unlock', { password });
export const lockReportingKey = () => request<void>('POST', '/api/reporting/keys/lock', {});
export const recoverReportingKey = (recoveryCode: string, password: string) =>
  request<{ recoveryCode: string }>('POST', '/api/reporting/keys/recover', {
    recoveryCode,
    password,
  });

export type PersonRef = { id: string; name: string };

export type WorkReportRow = {
  id: string;
  reference: string;
  category: string;
  status: ReportStatus;
  outcome: ReportOutcome | null;
  submittedAt: string;
  assignedTo: PersonRef | null;
  title: string | null;
  readable: boolean;
  awaitingHandler: boolean;
  openProtection: number;
};

export type WorkReportFilters = {
  status?: ReportStatus;
  category?: string;
  assigned?: 'me' | 'none' | 'any';
  sort?: string;
  page: number;
  pageSize: number;
};

export const listWorkReports = (filters: WorkReportFilters) =>
  request<Page<WorkReportRow>>('GET', withQuery('/api/reporting/work/reports', filters));

export type HistoryEntry = { at: string; action: string; actor: string | null };

export type HandlerView = Omit<ReporterView, 'identity'> & {
  id: string;
  /** 'protection': a prosecutor reading for a protection request, who may not change the handling. */
  access: 'body' | 'protection';
  assignedTo: PersonRef | null;
  history: HistoryEntry[];
  /** The body's handlers, to assign the report to. */
  colleagues: PersonRef[];
  identity: {
    disclosed: boolean;
    request: {
      id: string;
      status: 'pending' | 'approved' | 'refused';
      decisionReason: string | null;
    } | null;
    visible: { name: string; contact: string; position?: string | null } | null;
  };
  transferable: { agencyId: string; name: LocalizedText | string }[];
};

const workReport = (id: string) => `/api/reporting/work/reports/${encodeURIComponent(id)}`;

export const getWorkReport = (id: string) => request<HandlerView>('GET', workReport(id));

/** A plain link: the session and key cookies go with it (path /api/reporting). */
export const workAttachmentUrl = (reportId: string, attachmentId: string) =>
  `${workReport(reportId)}/attachments/${encodeURIComponent(attachmentId)}`;

export const assignWorkReport = (id: string, userId: string | null) =>
  request<unknown>('POST', `${workReport(id)}/assign`, { userId });

export type StatusChange = { status: 'in_progress' | 'closed'; outcome?: ReportOutcome };
export const changeWorkReportStatus = (id: string, change: StatusChange) =>
  request<unknown>('POST', `${workReport(id)}/status`, change);

export const transferWorkReport = (id: string, agencyId: string, reason: string) =>
  request<unknown>('POST', `${workReport(id)}/transfer`, { agencyId, reason });

export const sendHandlerMessage = (id: string, text: string) =>
  request<ReportMessage>('POST', `${workReport(id)}/messages`, { text });

export const requestIdentity = (id: string, reason: string) =>
  request<unknown>('POST', `${workReport(id)}/identity-requests`, { reason });

export const openProtectionForReport = (id: string, input: ProtectionInput) =>
  request<{ id: string; deadline: string }>('POST', `${workReport(id)}/protection`, input);

/** When eligible: the sum recovered and the reward (at most 10% of it and 1,000,000 som). */
export type RewardInput = {
  eligible: boolean;
  recoveredSom?: number;
  amountSom?: number;
  basis: string;
  paymentDue?: string;
};
export const recordReward = (id: string, input: RewardInput) =>
  request<unknown>('POST', `${workReport(id)}/reward`, input);
export const recordRewardPayment = (id: string, paidOn: string, reference: string) =>
  request<unknown>('POST', `${workReport(id)}/reward/payment`, { paidOn, reference });

export type IdentityRequestRow = {
  id: string;
  reportId: string;
  reportReference: string;
  /** The requesting handler's name. */
  requestedBy: string;
  reason: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'refused';
  decisionReason: string | null;
  decidedAt: string | null;
};

export const listIdentityRequests = (p: { status?: string; page: number; pageSize: number }) =>
  request<Page<IdentityRequestRow>>('GET', withQuery('/api/reporting/work/identity-requests', p));

export const decideIdentityRequest = (requestId: string, approve: boolean, reason: string) =>
  request<unknown>(
    'POST',
    `/api/reporting/work/identity-requests/${encodeURIComponent(requestId)}/decision`,
    { approve, reason },
  );

export type ProtectionRow = {
  id: string;
  reportId: string;
  reference: string;
  kind: ProtectionKind;
  openedAt: string;
  deadline: string;
  /** Days to the deadline (negative once passed); null once answered. */
  daysLeft: number | null;
  overdue: boolean;
  status: 'open' | 'answered';
  outcome: ProtectionOutcome | null;
  answeredAt: string | null;
  openedBy: 'reporter' | 'handler';
  /** Whether the report key is sealed for this prosecutor (it is once a request is opened). */
  readable: boolean;
};

export const listProtectionRequests = (p: { status?: string; page: number; pageSize: number }) =>
  request<Page<ProtectionRow>>('GET', withQuery('/api/reporting/work/protection', p));

export const respondToProtection = (requestId: string, outcome: ProtectionOutcome, text: string) =>
  request<unknown>(
    'POST',
    `/api/reporting/work/protection/${encodeURIComponent(requestId)}/response`,
    { outcome, text },
  );

export type RewardRow = {
  reportId: string;
  reference: string;
  eligible: boolean;
  recoveredSom: number | null;
  amountSom: number | null;
  basis: string;
  decidedAt: string;
  paymentDue: string | null;
  paidOn: string | null;
  overdue: boolean;
};

export const listRewards = (p: { overdue?: 'true'; page: number; pageSize: number }) =>
  request<Page<RewardRow>>('GET', withQuery('/api/reporting/work/rewards', p));
