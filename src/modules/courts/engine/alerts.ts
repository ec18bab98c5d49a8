import type { Day } from './types.ts';

/**
 * Known manipulation patterns, surfaced from published data: allocations with very few eligible
 * judges, absences that shrink a chamber just before a case arrives, and the same claim filed
 * again and again to fish for a judge. Each alert carries the numbers that raised it.
 */

export interface AlertCase {
  id: string;
  number: string;
}

export interface SmallEligibleSetAlert {
  kind: 'small-eligible-set';
  day: Day;
  cases: AlertCase[];
  details: { seq: number; eligibleCount: number; threshold: number };
}

export interface AbsenceClusterAlert {
  kind: 'absence-cluster';
  day: Day;
  cases: AlertCase[];
  details: {
    chamber: string | null;
    /** The absent judges' ids, sorted. */
    absent: string[];
    /** The absences that made them absent, the evidence behind `absent`. */
    absences: ClusterAbsence[];
    size: number;
    /** The absent share of the chamber in percent, to one decimal. */
    sharePercent: number;
    thresholdPercent: number;
    windowDays: number;
  };
}

export interface RepeatedFilingAlert {
  kind: 'repeated-filing';
  /** The latest filing of the group: the day the repetition last grew. */
  day: Day;
  cases: AlertCase[];
  details: {
    fingerprint: string;
    count: number;
    firstDay: Day;
    lastDay: Day;
    windowDays: number;
  };
}

export type Alert = SmallEligibleSetAlert | AbsenceClusterAlert | RepeatedFilingAlert;

/** Every allocation whose eligible set has `threshold` judges or fewer, in log order. */
export function smallEligibleSets(
  allocations: ReadonlyArray<{
    seq: number;
    day: Day;
    case: string;
    number: string;
    eligibleCount: number;
  }>,
  threshold: number,
): SmallEligibleSetAlert[] {
  return allocations
    .filter((a) => a.eligibleCount <= threshold)
    .sort((a, b) => a.seq - b.seq)
    .map((a) => ({
      kind: 'small-eligible-set',
      day: a.day,
      cases: [{ id: a.case, number: a.number }],
      details: { seq: a.seq, eligibleCount: a.eligibleCount, threshold },
    }));
}

export interface ClusterAbsence {
  judge: string;
  from: Day;
  to: Day;
  publishedDay: Day;
}

export interface AbsenceClusterInput {
  day: Day;
  case: string;
  number: string;
  chamber?: string;
  chamberJudges: readonly string[];
  absences: readonly ClusterAbsence[];
  rule: { days: number; sharePercent: number };
}

/**
 * An alert when the chamber's judges who are absent on the case's day by absences published in
 * the `days` before it (publishedDay in [day - days, day]) are at least `sharePercent` of the
 * chamber. Older absences are ordinary planning; a burst of fresh ones narrows the draw.
 */
export function absenceClusters(input: AbsenceClusterInput): AbsenceClusterAlert | null {
  const chamber = new Set(input.chamberJudges);
  if (chamber.size === 0) return null;
  const since = addDays(input.day, -input.rule.days);
  const fresh = input.absences
    .filter(
      (a) =>
        chamber.has(a.judge) &&
        a.from <= input.day &&
        input.day <= a.to &&
        since <= a.publishedDay &&
        a.publishedDay <= input.day,
    )
    .sort((a, b) => compare(a.judge, b.judge) || compare(a.publishedDay, b.publishedDay));
  const absent = [...new Set(fresh.map((a) => a.judge))];
  if (absent.length === 0) return null;
  // Compared in integers so that e.g. 1 of 3 against 33.3% is not decided by rounding.
  if (absent.length * 100 < input.rule.sharePercent * chamber.size) return null;
  return {
    kind: 'absence-cluster',
    day: input.day,
    cases: [{ id: input.case, number: input.number }],
    details: {
      chamber: input.chamber ?? null,
      absent,
      absences: fresh.map(({ judge, from, to, publishedDay }) => ({
        judge,
        from,
        to,
        publishedDay,
      })),
      size: chamber.size,
      sharePercent: Math.round((absent.length * 1000) / chamber.size) / 10,
      thresholdPercent: input.rule.sharePercent,
      windowDays: input.rule.days,
    },
  };
}

/**
 * Filings with the same claim fingerprint (same parties, same claim) grouped into runs whose
 * consecutive filing days are at most `windowDays` apart; runs of two or more are alerts,
 * ordered by their first day.
 */
export function repeatedFilings(
  cases: ReadonlyArray<{ case: string; number: string; day: Day; claimFingerprint: string }>,
  windowDays: number,
): RepeatedFilingAlert[] {
  const byFingerprint = new Map<string, Array<(typeof cases)[number]>>();
  for (const c of cases) {
    const list = byFingerprint.get(c.claimFingerprint) ?? [];
    list.push(c);
    byFingerprint.set(c.claimFingerprint, list);
  }
  const alerts: RepeatedFilingAlert[] = [];
  for (const [fingerprint, list] of byFingerprint) {
    list.sort(
      (a, b) => compare(a.day, b.day) || compare(a.number, b.number) || compare(a.case, b.case),
    );
    let run: typeof list = [];
    const close = () => {
      if (run.length >= 2) {
        const firstDay = run[0]!.day;
        const lastDay = run[run.length - 1]!.day;
        alerts.push({
          kind: 'repeated-filing',
          day: lastDay,
          cases: run.map((c) => ({ id: c.case, number: c.number })),
          details: { fingerprint, count: run.length, firstDay, lastDay, windowDays },
        });
      }
      run = [];
    };
    for (const c of list) {
      const last = run[run.length - 1];
      if (last && daysBetween(last.day, c.day) > windowDays) close();
      run.push(c);
    }
    close();
  }
  return alerts.sort(
    (a, b) =>
      compare(a.details.firstDay, b.details.firstDay) ||
      compare(a.details.fingerprint, b.details.fingerprint),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of a day's UTC midnight; days have no time zone here. */
function dayValue(day: Day): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const value = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  // The round trip refuses 2026-02-30 (which Date.UTC would roll over) and years before 1000.
  if (Number.isNaN(value) || formatDay(value) !== day)
    throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return value;
}

const formatDay = (value: number): Day => new Date(value).toISOString().slice(0, 10);

function addDays(day: Day, days: number): Day {
  return formatDay(dayValue(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: Day, to: Day): number {
  return Math.round((dayValue(to) - dayValue(from)) / DAY_MS);
}
