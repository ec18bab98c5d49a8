import type { Candidate } from './selection.ts';
import type { AllocationRules, Day, ExclusionReason, LogPayload, Specialisation } from './types.ts';

/** A judge as one `judge` entry of the log publishes them. */
export type JudgeVersion = Omit<Extract<LogPayload, { kind: 'judge' }>, 'kind'>;

/** An absence as its `absence` entry publishes it. */
export type AbsenceRecord = Omit<Extract<LogPayload, { kind: 'absence' }>, 'kind'>;

export interface RulesVersion {
  version: number;
  effectiveFrom: Day;
  rules: AllocationRules;
}

/** The version in force on a day: the latest published one that has taken effect. */
export function asOf<T extends { effectiveFrom: Day }>(versions: readonly T[], day: Day): T | null {
  let found: T | null = null;
  for (const v of versions) if (v.effectiveFrom <= day) found = v;
  return found;
}

/** Absent on a day: the absence covers it and was published before the day began. */
export const isAbsent = (absences: readonly AbsenceRecord[], day: Day) =>
  absences.some((a) => a.effectiveFrom <= day && a.from <= day && day <= a.to);

export interface EligibilityInput {
  day: Day;
  court: string;
  specialisation: Specialisation;
  /** Every judge of the court, each with its versions in publication order. */
  judges: ReadonlyMap<string, readonly JudgeVersion[]>;
  absences: ReadonlyMap<string, readonly AbsenceRecord[]>;
  /** Case-specific exclusions: recusals, conflicts, earlier stages, previous judges. */
  exclusions: ReadonlyMap<string, ExclusionReason>;
  workload: (judge: string) => number;
}

export interface Eligibility {
  candidates: Candidate[];
  /** Every other judge of the court with the first reason that leaves them out, in id order. */
  excluded: Array<{ judge: string; reason: ExclusionReason }>;
}

/**
 * The published eligibility rule: a judge in office (a version in force), active, specialised
 * in the case's category, not absent, and not excluded for this case. Reasons are tested in a
 * fixed order so the published reason is the same for every verifier.
 */
export function eligibility(input: EligibilityInput): Eligibility {
  const candidates: Candidate[] = [];
  const excluded: Eligibility['excluded'] = [];
  const ids = [...input.judges.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const judge of ids) {
    const version = asOf(input.judges.get(judge) ?? [], input.day);
    // Not in office on this day, or in office in another court.
    if (!version || version.court !== input.court) continue;
    const reason: ExclusionReason | undefined =
      version.status !== 'active'
        ? 'not-active'
        : !version.specialisations.includes(input.specialisation)
          ? 'not-specialised'
          : isAbsent(input.absences.get(judge) ?? [], input.day)
            ? 'absent'
            : input.exclusions.get(judge);
    if (reason) excluded.push({ judge, reason });
    else
      candidates.push({ judge, loadPercent: version.loadPercent, workload: input.workload(judge) });
  }
  return { candidates, excluded };
}

/** Case exclusions have a precedence too: the strongest legal ground is the one published. */
const EXCLUSION_ORDER: readonly ExclusionReason[] = [
  'previous-judge',
  'earlier-stage',
  'recused',
  'conflict',
];

export function addExclusion(
  exclusions: Map<string, ExclusionReason>,
  judge: string,
  reason: ExclusionReason,
) {
  const current = exclusions.get(judge);
  if (!current || EXCLUSION_ORDER.indexOf(reason) < EXCLUSION_ORDER.indexOf(current))
    exclusions.set(judge, reason);
}
