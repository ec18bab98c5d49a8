/**
 * The published allocation log: every entry the verifier replays, in the exact shape that is
 * hashed (docs/modules/courts-verification.md). Only strings, integers, booleans, null, arrays
 * and objects appear, so the canonical encoding (RFC 8785) is unambiguous.
 */

/** A day in Asia/Bishkek time, YYYY-MM-DD. */
export type Day = string;

export type Specialisation = string;

export type AllocationReason = 'initial' | 'recusal' | 'judge_left' | 'judge_absent';

/** Why a judge of the court was left out of a case's eligible set. */
export type ExclusionReason =
  | 'recused'
  | 'conflict'
  | 'earlier-stage'
  | 'previous-judge'
  | 'absent'
  | 'not-specialised'
  | 'not-active';

export interface AllocationRules {
  /** Added to every judge's workload so that an idle judge's weight stays finite. */
  baseLoad: number;
  /** Allocations older than this many days no longer count towards workload. */
  workloadWindowDays: number;
  /** Complexity points per case category code. */
  categoryPoints: Record<string, number>;
  /** Allocations with this many eligible judges or fewer raise an alert. */
  smallEligibleSet: number;
  /** An absence cluster: within `days` before a case, this share of a chamber became absent. */
  absenceCluster: { days: number; sharePercent: number };
  /** Filings of the same claim by the same parties within this many days are shown together. */
  repeatedFilingDays: number;
}

export interface EligibleJudge {
  judge: string;
  loadPercent: number;
  workload: number;
  weight: number;
}

/** What the randomness of one allocation is derived from, besides the day's seed. */
export interface AllocationInputs {
  v: 1;
  seq: number;
  case: string;
  number: string;
  court: string;
  category: string;
  day: Day;
  reason: AllocationReason;
  eligibleHash: string;
  beacon: string | null;
}

export type LogPayload =
  | { kind: 'seed-commit'; day: Day; commitment: string }
  | { kind: 'seed-reveal'; day: Day; seed: string }
  | {
      kind: 'court';
      court: string;
      code: string;
      name: { ky: string; ru: string; en: string };
      instance: 'first' | 'appeal' | 'cassation';
    }
  | {
      kind: 'chamber';
      chamber: string;
      court: string;
      name: { ky: string; ru: string; en: string };
      specialisation: Specialisation;
    }
  | {
      kind: 'category';
      category: string;
      name: { ky: string; ru: string; en: string };
      specialisation: Specialisation;
    }
  | { kind: 'rules'; version: number; effectiveFrom: Day; rules: AllocationRules }
  | {
      kind: 'judge';
      judge: string;
      court: string;
      chamber: string;
      name: string;
      specialisations: Specialisation[];
      loadPercent: number;
      status: 'active' | 'left';
      effectiveFrom: Day;
    }
  | { kind: 'absence'; absence: string; judge: string; from: Day; to: Day; effectiveFrom: Day }
  | {
      kind: 'case';
      case: string;
      number: string;
      court: string;
      category: string;
      /** SHA-256 of the parties and the claim, so that repeated filings group without naming anyone. */
      claimFingerprint: string;
      earlierCase: string | null;
    }
  | { kind: 'recusal'; case: string; judge: string; grounds: 'declared' | 'conflict' }
  | {
      kind: 'allocation';
      case: string;
      number: string;
      court: string;
      category: string;
      points: number;
      reason: AllocationReason;
      previousJudge: string | null;
      rulesVersion: number;
      excluded: Array<{ judge: string; reason: ExclusionReason }>;
      eligible: EligibleJudge[];
      eligibleHash: string;
      inputsHash: string;
      draw: string;
      judge: string;
    }
  | {
      kind: 'allocation-failed';
      case: string;
      number: string;
      court: string;
      category: string;
      reason: AllocationReason;
      rulesVersion: number;
      excluded: Array<{ judge: string; reason: ExclusionReason }>;
    };

export type LogKind = LogPayload['kind'];

export interface LogEntry {
  seq: number;
  /** ISO 8601 UTC with milliseconds, as Date.prototype.toISOString writes it. */
  at: string;
  day: Day;
  payload: LogPayload;
  prev: string;
  hash: string;
}

/** A day's signed head: the last entry of the day and its hash, signed with Ed25519. */
export interface SignedHead {
  day: Day;
  lastSeq: number;
  headHash: string;
  keyId: string;
  signature: string;
}

export interface PublicKey {
  keyId: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}
