import { describe, expect, it } from 'vitest';
import {
  type AbsenceClusterInput,
  absenceClusters,
  repeatedFilings,
  smallEligibleSets,
} from './alerts.ts';

describe('smallEligibleSets', () => {
  it('raises one alert per allocation with the threshold or fewer eligible judges, in log order', () => {
    const alerts = smallEligibleSets(
      [
        { seq: 9, day: '2026-03-11', case: 'c9', number: '9/26', eligibleCount: 0 },
        { seq: 3, day: '2026-03-10', case: 'c3', number: '3/26', eligibleCount: 1 },
        { seq: 4, day: '2026-03-10', case: 'c4', number: '4/26', eligibleCount: 3 },
        { seq: 5, day: '2026-03-10', case: 'c5', number: '5/26', eligibleCount: 2 },
      ],
      2,
    );
    expect(alerts).toEqual([
      {
        kind: 'small-eligible-set',
        day: '2026-03-10',
        cases: [{ id: 'c3', number: '3/26' }],
        details: { seq: 3, eligibleCount: 1, threshold: 2 },
      },
      {
        kind: 'small-eligible-set',
        day: '2026-03-10',
        cases: [{ id: 'c5', number: '5/26' }],
        details: { seq: 5, eligibleCount: 2, threshold: 2 },
      },
      {
        kind: 'small-eligible-set',
        day: '2026-03-11',
        cases: [{ id: 'c9', number: '9/26' }],
        details: { seq: 9, eligibleCount: 0, threshold: 2 },
      },
    ]);
  });

  it('is empty for no allocations or a threshold nobody reaches', () => {
    expect(smallEligibleSets([], 2)).toEqual([]);
    expect(
      smallEligibleSets(
        [{ seq: 1, day: '2026-03-10', case: 'c', number: '1', eligibleCount: 3 }],
        0,
      ),
    ).toEqual([]);
  });
});

describe('absenceClusters', () => {
  const base: AbsenceClusterInput = {
    day: '2026-03-10',
    case: 'case-1',
    number: '1-17/2026',
    chamber: 'chamber-civil',
    chamberJudges: ['a', 'b', 'c', 'd'],
    absences: [
      // in the window (published 5 days before), covers the day
      { judge: 'a', from: '2026-03-09', to: '2026-03-12', publishedDay: '2026-03-05' },
      // published exactly `days` before: still in the window
      { judge: 'b', from: '2026-03-10', to: '2026-03-10', publishedDay: '2026-03-03' },
      // published a day too early: planned leave, not a cluster
      { judge: 'c', from: '2026-03-01', to: '2026-03-20', publishedDay: '2026-03-02' },
      // fresh, but over before the case's day
      { judge: 'd', from: '2026-03-07', to: '2026-03-09', publishedDay: '2026-03-06' },
      // not a judge of this chamber
      { judge: 'e', from: '2026-03-10', to: '2026-03-11', publishedDay: '2026-03-09' },
    ],
    rule: { days: 7, sharePercent: 50 },
  };

  it('names the absent judges and their share when they reach the rule’s share', () => {
    expect(absenceClusters(base)).toEqual({
      kind: 'absence-cluster',
      day: '2026-03-10',
      cases: [{ id: 'case-1', number: '1-17/2026' }],
      details: {
        chamber: 'chamber-civil',
        absent: ['a', 'b'],
        absences: [
          { judge: 'a', from: '2026-03-09', to: '2026-03-12', publishedDay: '2026-03-05' },
          { judge: 'b', from: '2026-03-10', to: '2026-03-10', publishedDay: '2026-03-03' },
        ],
        size: 4,
        sharePercent: 50,
        thresholdPercent: 50,
        windowDays: 7,
      },
    });
  });

  it('stays quiet below the share', () => {
    expect(absenceClusters({ ...base, rule: { days: 7, sharePercent: 51 } })).toBeNull();
    expect(absenceClusters({ ...base, rule: { days: 6, sharePercent: 50 } })).toBeNull();
  });

  it('counts an absence published on the case’s day but not one published after it', () => {
    const absences = [
      { judge: 'a', from: '2026-03-10', to: '2026-03-10', publishedDay: '2026-03-10' },
      { judge: 'b', from: '2026-03-10', to: '2026-03-10', publishedDay: '2026-03-11' },
    ];
    const result = absenceClusters({ ...base, absences, rule: { days: 7, sharePercent: 25 } });
    expect(result?.details.absent).toEqual(['a']);
    expect(result?.details.sharePercent).toBe(25);
  });

  it('counts a judge with several absences once and compares the share exactly', () => {
    const absences = [
      { judge: 'a', from: '2026-03-09', to: '2026-03-10', publishedDay: '2026-03-08' },
      { judge: 'a', from: '2026-03-10', to: '2026-03-15', publishedDay: '2026-03-09' },
    ];
    const three = { ...base, chamberJudges: ['a', 'b', 'c', 'a'], absences };
    // 1 of 3 is 33.33…%: at least 33.3, but not 34.
    const alert = absenceClusters({ ...three, rule: { days: 7, sharePercent: 33.3 } });
    expect(alert?.details.absent).toEqual(['a']);
    expect(alert?.details.absences).toHaveLength(2);
    expect(alert?.details.size).toBe(3);
    expect(alert?.details.sharePercent).toBe(33.3);
    expect(absenceClusters({ ...three, rule: { days: 7, sharePercent: 34 } })).toBeNull();
  });

  it('counts the window across a month end and a leap day', () => {
    const absences = [
      { judge: 'a', from: '2024-03-01', to: '2024-03-02', publishedDay: '2024-02-23' },
      { judge: 'b', from: '2024-03-01', to: '2024-03-02', publishedDay: '2024-02-22' },
    ];
    const alert = absenceClusters({
      ...base,
      day: '2024-03-01',
      absences,
      rule: { days: 7, sharePercent: 25 },
    });
    // 2024-03-01 minus 7 days is 2024-02-23 (2024 has a 29 February).
    expect(alert?.details.absent).toEqual(['a']);
  });

  it('has nothing to say about an empty chamber, no absences, or a 0% rule with nobody absent', () => {
    expect(absenceClusters({ ...base, chamberJudges: [] })).toBeNull();
    expect(absenceClusters({ ...base, absences: [] })).toBeNull();
    expect(
      absenceClusters({ ...base, absences: [], rule: { days: 7, sharePercent: 0 } }),
    ).toBeNull();
    const { chamber: _c, ...noChamber } = base;
    expect(absenceClusters(noChamber)?.details.chamber).toBeNull();
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => absenceClusters({ ...base, day: '2026-02-30' })).toThrow('not a YYYY-MM-DD day');
    expect(() => absenceClusters({ ...base, day: '10.03.2026' })).toThrow();
  });
});

describe('repeatedFilings', () => {
  const filing = (n: number, day: string, claimFingerprint: string) => ({
    case: `case-${n}`,
    number: `${n}/26`,
    day,
    claimFingerprint,
  });

  it('groups filings of the same claim whose consecutive days are within the window', () => {
    const alerts = repeatedFilings(
      [
        filing(5, '2026-03-22', 'F'),
        filing(1, '2026-03-01', 'F'),
        filing(7, '2026-03-01', 'G'),
        filing(2, '2026-03-03', 'F'),
        filing(4, '2026-03-20', 'F'),
        filing(6, '2026-03-27', 'F'),
      ],
      5,
    );
    expect(alerts).toEqual([
      {
        kind: 'repeated-filing',
        day: '2026-03-03',
        cases: [
          { id: 'case-1', number: '1/26' },
          { id: 'case-2', number: '2/26' },
        ],
        details: {
          fingerprint: 'F',
          count: 2,
          firstDay: '2026-03-01',
          lastDay: '2026-03-03',
          windowDays: 5,
        },
      },
      {
        kind: 'repeated-filing',
        day: '2026-03-27',
        cases: [
          { id: 'case-4', number: '4/26' },
          { id: 'case-5', number: '5/26' },
          { id: 'case-6', number: '6/26' },
        ],
        details: {
          fingerprint: 'F',
          count: 3,
          firstDay: '2026-03-20',
          lastDay: '2026-03-27',
          windowDays: 5,
        },
      },
    ]);
  });

  it('chains a run as long as each gap is within the window, across a year end', () => {
    const cases = [
      filing(1, '2025-12-30', 'F'),
      filing(2, '2026-01-02', 'F'),
      filing(3, '2026-01-05', 'F'),
    ];
    expect(repeatedFilings(cases, 3).map((a) => a.details.count)).toEqual([3]);
    expect(repeatedFilings(cases, 2)).toEqual([]);
  });

  it('with a window of 0 days only groups filings of the same day', () => {
    const alerts = repeatedFilings(
      [filing(2, '2026-03-01', 'H'), filing(1, '2026-03-01', 'H'), filing(3, '2026-03-02', 'H')],
      0,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.cases.map((c) => c.id)).toEqual(['case-1', 'case-2']);
    expect(alerts[0]!.day).toBe('2026-03-01');
  });

  it('orders groups by first day and is empty for no cases or lone filings', () => {
    const alerts = repeatedFilings(
      [
        filing(1, '2026-04-01', 'late'),
        filing(2, '2026-04-02', 'late'),
        filing(3, '2026-01-01', 'early'),
        filing(4, '2026-01-01', 'early'),
      ],
      30,
    );
    expect(alerts.map((a) => a.details.fingerprint)).toEqual(['early', 'late']);
    expect(repeatedFilings([], 30)).toEqual([]);
    expect(
      repeatedFilings([filing(1, '2026-01-01', 'A'), filing(2, '2026-01-01', 'B')], 30),
    ).toEqual([]);
  });

  it('refuses an impossible day', () => {
    expect(() =>
      repeatedFilings([filing(1, '2026-13-01', 'F'), filing(2, '2026-01-01', 'F')], 3),
    ).toThrow('not a YYYY-MM-DD day');
  });
});
