import type { AllocationCrypto } from './crypto.ts';
import { addDays } from './days.ts';
import {
  type AbsenceRecord,
  addExclusion,
  asOf,
  type Eligibility,
  eligibility,
  type JudgeVersion,
  type RulesVersion,
} from './eligibility.ts';
import { choose, eligibleHash, weigh } from './selection.ts';
import type {
  AllocationReason,
  AllocationRules,
  Day,
  ExclusionReason,
  LogEntry,
  LogPayload,
} from './types.ts';
import { type HeldCase, JudgeWorkload } from './workload.ts';

export const GENESIS = '0'.repeat(64);

export interface CaseState {
  id: string;
  number: string;
  court: string;
  category: string;
  earlierCase: string | null;
  claimFingerprint: string;
  filedDay: Day;
  judge: string | null;
  held: HeldCase | null;
  /** Every judge who held the case before, in order. */
  previousJudges: string[];
  recusals: Map<string, 'declared' | 'conflict'>;
  allocations: number;
}

type AllocationPayload = Extract<LogPayload, { kind: 'allocation' }>;
type FailurePayload = Extract<LogPayload, { kind: 'allocation-failed' }>;

export interface Prepared {
  rulesVersion: number;
  rules: AllocationRules;
  points: number;
  eligibility: Eligibility;
}

/**
 * The state the log describes, rebuilt by applying its entries in order: courts, judges and
 * their versions, absences, rules, cases and who holds them. The server allocates from this
 * state and a verifier replays the same entries into it, so both compute eligibility, workload
 * and the draw with the same code.
 */
export class Ledger {
  seq = 0;
  head = GENESIS;
  lastDay: Day | null = null;
  readonly commitments = new Map<Day, { commitment: string; seq: number; loggedOn: Day }>();
  readonly seeds = new Map<Day, string>();
  readonly courts = new Map<string, { code: string; instance: string }>();
  readonly chambers = new Map<string, { court: string; specialisation: string }>();
  readonly categories = new Map<string, { specialisation: string }>();
  readonly rules: RulesVersion[] = [];
  readonly judgesByCourt = new Map<string, Map<string, JudgeVersion[]>>();
  readonly judgeVersions = new Map<string, JudgeVersion[]>();
  readonly absences = new Map<string, AbsenceRecord[]>();
  readonly cases = new Map<string, CaseState>();
  private readonly workloads = new Map<string, JudgeWorkload>();
  /** The highest serial number per case-number prefix (e.g. "TEST-2026-"). */
  private readonly numbers = new Map<string, number>();

  lastNumber(prefix: string): number {
    return this.numbers.get(prefix) ?? 0;
  }

  apply(entry: LogEntry) {
    const p = entry.payload;
    switch (p.kind) {
      case 'seed-commit':
        // The first commitment binds: a later one for the same day changes nothing.
        if (this.commitments.has(p.day)) break;
        this.commitments.set(p.day, {
          commitment: p.commitment,
          seq: entry.seq,
          loggedOn: entry.day,
        });
        break;
      case 'seed-reveal':
        this.seeds.set(p.day, p.seed);
        break;
      case 'court':
        this.courts.set(p.court, { code: p.code, instance: p.instance });
        break;
      case 'chamber':
        this.chambers.set(p.chamber, { court: p.court, specialisation: p.specialisation });
        break;
      case 'category':
        this.categories.set(p.category, { specialisation: p.specialisation });
        break;
      case 'rules':
        this.rules.push({ version: p.version, effectiveFrom: p.effectiveFrom, rules: p.rules });
        break;
      case 'judge': {
        const { kind: _k, ...version } = p;
        const court = this.judgesByCourt.get(p.court) ?? new Map<string, JudgeVersion[]>();
        this.judgesByCourt.set(p.court, court);
        const versions = this.judgeVersions.get(p.judge) ?? [];
        this.judgeVersions.set(p.judge, versions);
        versions.push(version);
        court.set(p.judge, versions);
        break;
      }
      case 'absence': {
        const { kind: _k, ...absence } = p;
        const list = this.absences.get(p.judge) ?? [];
        list.push(absence);
        this.absences.set(p.judge, list);
        break;
      }
      case 'case': {
        const serial = /^(.*?)(\d+)$/.exec(p.number);
        if (serial)
          this.numbers.set(
            serial[1]!,
            Math.max(this.numbers.get(serial[1]!) ?? 0, Number(serial[2])),
          );
        this.cases.set(p.case, {
          id: p.case,
          number: p.number,
          court: p.court,
          category: p.category,
          earlierCase: p.earlierCase,
          claimFingerprint: p.claimFingerprint,
          filedDay: entry.day,
          judge: null,
          held: null,
          previousJudges: [],
          recusals: new Map(),
          allocations: 0,
        });
        break;
      }
      case 'recusal':
        // A declared recusal is the stronger record; a conflict found later does not replace it.
        if (this.cases.get(p.case)?.recusals.get(p.judge) !== 'declared')
          this.cases.get(p.case)?.recusals.set(p.judge, p.grounds);
        break;
      case 'allocation': {
        const c = this.cases.get(p.case);
        if (!c) break;
        if (c.judge && c.held) {
          this.workloadOf(c.judge).remove(c.held);
          c.previousJudges.push(c.judge);
        }
        c.judge = p.judge;
        c.held = this.workloadOf(p.judge).add(entry.day, p.points);
        c.allocations++;
        break;
      }
      case 'allocation-failed':
        break;
    }
    this.seq = entry.seq;
    this.head = entry.hash;
    this.lastDay = entry.day;
  }

  private workloadOf(judge: string): JudgeWorkload {
    const w = this.workloads.get(judge) ?? new JudgeWorkload();
    this.workloads.set(judge, w);
    return w;
  }

  rulesOn(day: Day): RulesVersion | null {
    return asOf(this.rules, day);
  }

  /** The judges who may not hear this case whatever their state: the law's exclusions. */
  exclusionsOf(c: CaseState): Map<string, ExclusionReason> {
    const out = new Map<string, ExclusionReason>();
    for (const judge of c.previousJudges) addExclusion(out, judge, 'previous-judge');
    if (c.judge) addExclusion(out, c.judge, 'previous-judge');
    const seen = new Set<string>();
    for (let earlier = c.earlierCase; earlier && !seen.has(earlier); ) {
      seen.add(earlier);
      const e = this.cases.get(earlier);
      if (!e) break;
      for (const judge of [...e.previousJudges, ...(e.judge ? [e.judge] : [])])
        addExclusion(out, judge, 'earlier-stage');
      earlier = e.earlierCase;
    }
    for (const [judge, grounds] of c.recusals)
      addExclusion(out, judge, grounds === 'declared' ? 'recused' : 'conflict');
    return out;
  }

  /** Eligibility, workload and points for allocating a case on a day, under the rules in force. */
  prepare(caseId: string, day: Day): Prepared | { problem: string } {
    const c = this.cases.get(caseId);
    if (!c) return { problem: 'unknown-case' };
    const version = this.rulesOn(day);
    if (!version) return { problem: 'no-rules' };
    const category = this.categories.get(c.category);
    if (!category) return { problem: 'unknown-category' };
    const points = version.rules.categoryPoints[c.category];
    if (points === undefined) return { problem: 'no-points' };
    const cutoff = addDays(day, 1 - version.rules.workloadWindowDays);
    return {
      rulesVersion: version.version,
      rules: version.rules,
      points,
      eligibility: eligibility({
        day,
        court: c.court,
        specialisation: category.specialisation,
        judges: this.judgesByCourt.get(c.court) ?? new Map(),
        absences: this.absences,
        exclusions: this.exclusionsOf(c),
        workload: (judge) => this.workloads.get(judge)?.at(cutoff) ?? 0,
      }),
    };
  }

  /**
   * Whether the legal ground for an allocation holds: a first allocation only for a case with
   * no judge, a re-allocation only from the case's current judge and for a ground on record.
   */
  reasonHolds(caseId: string, reason: AllocationReason, day: Day): boolean {
    const c = this.cases.get(caseId);
    if (!c) return false;
    if (reason === 'initial') return c.judge === null && c.allocations === 0;
    if (!c.judge) return false;
    const judge = c.judge;
    if (reason === 'recusal') return c.recusals.has(judge);
    if (reason === 'judge_left')
      return (this.judgeVersions.get(judge) ?? []).at(-1)?.status === 'left';
    // The judge is absent today or from tomorrow, by an absence on record: a far-off leave is
    // no ground to re-draw a case now.
    const tomorrow = addDays(day, 1);
    return (this.absences.get(judge) ?? []).some((a) => a.from <= tomorrow && a.to >= day);
  }

  /**
   * The allocation (or the explained failure) the rules give for a case: what the server logs
   * and what a verifier recomputes. `seed` is null while the day's seed is secret to the
   * verifier, in which case the draw is left out.
   */
  allocate(
    crypto: AllocationCrypto,
    input: {
      caseId: string;
      day: Day;
      seq: number;
      reason: AllocationReason;
      beacon: string | null;
    },
    seed: string | null,
  ): AllocationPayload | FailurePayload | { problem: string } {
    const c = this.cases.get(input.caseId);
    const prepared = this.prepare(input.caseId, input.day);
    if (!c || 'problem' in prepared)
      return 'problem' in prepared ? prepared : { problem: 'unknown-case' };
    const base = {
      case: c.id,
      number: c.number,
      court: c.court,
      category: c.category,
      reason: input.reason,
      rulesVersion: prepared.rulesVersion,
      excluded: prepared.eligibility.excluded,
    };
    if (prepared.eligibility.candidates.length === 0) return { kind: 'allocation-failed', ...base };
    const eligible = weigh(prepared.eligibility.candidates, prepared.rules);
    const choice = seed
      ? choose(
          crypto,
          seed,
          {
            seq: input.seq,
            case: c.id,
            number: c.number,
            court: c.court,
            category: c.category,
            day: input.day,
            reason: input.reason,
            beacon: input.beacon,
          },
          eligible,
        )
      : null;
    return {
      kind: 'allocation',
      ...base,
      points: prepared.points,
      previousJudge: c.judge,
      eligible,
      eligibleHash: choice?.eligibleHash ?? eligibleHash(crypto, eligible),
      inputsHash: choice?.inputsHash ?? '',
      draw: choice?.draw ?? '',
      judge: choice?.judge ?? '',
    };
  }
}
