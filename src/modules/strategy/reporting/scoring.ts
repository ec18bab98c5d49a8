import type { ExecutionStatus, ReportState } from './engine.ts';

/**
 * Execution scoring (docs/modules/strategy-scoring.md). Pure: plain measures in, scores with
 * their reasons out. A measure scores 0-100 from four components; agencies, Plan items and
 * directions take the mean of their measures; cancelled measures count nowhere.
 */
export const WEIGHTS = { status: 50, timeliness: 20, verification: 20, indicators: 10 } as const;
type Component = keyof typeof WEIGHTS;

export interface MeasureFacts {
  measureId: string;
  agencyId: string;
  itemNumber: number | null;
  directionNumber: number | null;
  /** ISO date (YYYY-MM-DD), the last day the measure may be done on. */
  deadline: string;
  latest: {
    state: ReportState;
    executionStatus: ExecutionStatus;
    /** When this version was submitted, if it was. */
    submittedAt: Date | null;
    /** The year of the reporting period the report is for, and when that period's window closed. */
    periodYear: number;
    windowClosesAt: Date;
    /** Attainment of each reported indicator against its target, 0..1; empty when no targets. */
    indicatorAttainment: number[];
  } | null;
  /**
   * The first report (submitted or later) that said "done": when a measure was done is judged
   * from it, so reporting again on a finished measure does not make it late.
   */
  firstDone?: { submittedAt: Date | null; periodYear: number; windowClosesAt: Date } | null;
}

export interface ComponentScore {
  component: Component;
  weight: number;
  /** 0..1, or null when the component does not apply and its weight is spread over the rest. */
  value: number | null;
  reason: string;
}

export interface MeasureScore {
  measureId: string;
  score: number | null;
  overdue: boolean;
  unverified: boolean;
  components: ComponentScore[];
}

const STATUS_VALUE: Record<ExecutionStatus, number> = {
  done: 1,
  in_progress: 0.5,
  not_started: 0,
  overdue: 0,
  cancelled: 0,
};

const endOfDay = (isoDate: string) => new Date(`${isoDate}T23:59:59.999+06:00`); // Asia/Bishkek

/**
 * Done in the period of the deadline (or before) and reported within that period's window: on
 * time, judged from the first report that said done. Done, but later or reported late: half. Not done and the deadline has passed: none.
 */
function timeliness(
  m: MeasureFacts,
  latest: MeasureFacts['latest'],
  done: boolean,
  deadlinePassed: boolean,
): ComponentScore {
  const base = { component: 'timeliness' as const, weight: WEIGHTS.timeliness };
  if (done && latest) {
    const when = m.firstDone ?? latest;
    const inTime = when.periodYear <= Number(m.deadline.slice(0, 4));
    const reportedInWindow = when.submittedAt !== null && when.submittedAt <= when.windowClosesAt;
    if (inTime && reportedInWindow)
      return { ...base, value: 1, reason: 'done by the deadline and reported within the window' };
    return {
      ...base,
      value: 0.5,
      reason: inTime
        ? 'done by the deadline, reported after the window closed'
        : 'done after the deadline',
    };
  }
  if (deadlinePassed)
    return { ...base, value: 0, reason: `not done by the deadline ${m.deadline}` };
  return { ...base, value: 1, reason: `deadline ${m.deadline} not reached` };
}

export function scoreMeasure(m: MeasureFacts, asOf: Date): MeasureScore {
  const latest = m.latest;
  const deadlinePassed = asOf > endOfDay(m.deadline);
  const status = latest?.executionStatus ?? 'not_started';
  if (status === 'cancelled') {
    return {
      measureId: m.measureId,
      score: null,
      overdue: false,
      unverified: false,
      components: [],
    };
  }
  const done = status === 'done';
  const overdue = deadlinePassed && !done;
  const verified = latest?.state === 'verified' || latest?.state === 'published';

  const components: ComponentScore[] = [
    {
      component: 'status',
      weight: WEIGHTS.status,
      value: overdue ? 0 : STATUS_VALUE[status],
      reason: latest
        ? `reported as ${status}${overdue ? ', deadline passed' : ''}`
        : 'no report yet',
    },
    timeliness(m, latest, done, deadlinePassed),
    {
      component: 'verification',
      weight: WEIGHTS.verification,
      value: verified ? 1 : latest?.state === 'submitted' ? 0.5 : 0,
      reason: verified
        ? 'verified by the coordinator'
        : latest?.state === 'submitted'
          ? 'submitted, awaiting verification'
          : 'not verified',
    },
    {
      component: 'indicators',
      weight: WEIGHTS.indicators,
      value: latest?.indicatorAttainment.length
        ? latest.indicatorAttainment.reduce((a, b) => a + Math.min(1, Math.max(0, b)), 0) /
          latest.indicatorAttainment.length
        : null,
      reason: latest?.indicatorAttainment.length
        ? `${latest.indicatorAttainment.length} indicator(s) against their targets`
        : 'no indicator with a target reported; weight spread over the other components',
    },
  ];
  const counted = components.filter((c) => c.value !== null);
  const totalWeight = counted.reduce((a, c) => a + c.weight, 0);
  const score = (100 * counted.reduce((a, c) => a + c.weight * c.value!, 0)) / totalWeight;
  return {
    measureId: m.measureId,
    score: Math.round(score * 10) / 10,
    overdue,
    unverified: !verified && latest !== null,
    components,
  };
}

export interface GroupScore<K> {
  key: K;
  score: number | null;
  measures: number;
  overdue: number;
  unverified: number;
}

/** Mean score of each group's measures (cancelled ones left out). */
export function scoreGroups<K>(
  facts: readonly MeasureFacts[],
  scores: ReadonlyMap<string, MeasureScore>,
  keyOf: (m: MeasureFacts) => K | null,
): GroupScore<K>[] {
  const groups = new Map<K, { sum: number; n: number; overdue: number; unverified: number }>();
  for (const m of facts) {
    const key = keyOf(m);
    const s = scores.get(m.measureId);
    if (key === null || !s || s.score === null) continue;
    const g = groups.get(key) ?? { sum: 0, n: 0, overdue: 0, unverified: 0 };
    g.sum += s.score;
    g.n += 1;
    if (s.overdue) g.overdue += 1;
    if (s.unverified) g.unverified += 1;
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => ({
    key,
    score: Math.round((g.sum / g.n) * 10) / 10,
    measures: g.n,
    overdue: g.overdue,
    unverified: g.unverified,
  }));
}

/** The national rating: agencies by score, best first; equal scores share a rank. */
export function rankAgencies(groups: readonly GroupScore<string>[]) {
  const sorted = [...groups].sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || String(a.key).localeCompare(String(b.key)),
  );
  let rank = 0;
  let previous: number | null | undefined;
  return sorted.map((g, i) => {
    if (g.score !== previous) rank = i + 1;
    previous = g.score;
    return { ...g, rank };
  });
}
