import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MeasureFacts, rankAgencies, scoreGroups, scoreMeasure } from './scoring.ts';

const asOf = new Date('2024-07-01T00:00:00Z');
const measure = (over: Partial<MeasureFacts> = {}): MeasureFacts => ({
  measureId: 'm1',
  agencyId: 'a1',
  itemNumber: 2,
  directionNumber: 1,
  deadline: '2024-06-30',
  latest: {
    state: 'published',
    executionStatus: 'done',
    submittedAt: new Date('2024-06-20T10:00:00Z'),
    periodYear: 2024,
    windowClosesAt: new Date('2025-03-31T00:00:00Z'),
    indicatorAttainment: [],
  },
  ...over,
});

describe('measure score', () => {
  it('a measure done on time and verified scores 100, with its reasons', () => {
    const s = scoreMeasure(measure(), asOf);
    expect(s.score).toBe(100);
    expect(s.components.map((c) => [c.component, c.value])).toEqual([
      ['status', 1],
      ['timeliness', 1],
      ['verification', 1],
      ['indicators', null],
    ]);
    expect(s.components.find((c) => c.component === 'indicators')?.reason).toContain(
      'weight spread',
    );
  });

  it('reporting again on a finished measure keeps it on time: the first "done" report decides', () => {
    const again = {
      state: 'verified' as const,
      executionStatus: 'done' as const,
      submittedAt: new Date('2026-01-20T10:00:00Z'),
      periodYear: 2025,
      windowClosesAt: new Date('2026-03-31T00:00:00Z'),
      indicatorAttainment: [],
    };
    const firstDone = {
      submittedAt: new Date('2024-06-20T10:00:00Z'),
      periodYear: 2024,
      windowClosesAt: new Date('2025-03-31T00:00:00Z'),
    };
    expect(scoreMeasure(measure({ latest: again, firstDone }), asOf).score).toBe(100);
    // Without the earlier report, the same newest one would be judged late.
    expect(scoreMeasure(measure({ latest: again, firstDone: null }), asOf).score).toBeLessThan(100);
  });

  it('a measure with no report past its deadline scores 0 and surfaces as overdue', () => {
    const s = scoreMeasure(measure({ latest: null }), asOf);
    expect(s).toMatchObject({ score: 0, overdue: true, unverified: false });
  });

  it('counts indicator attainment when targets exist', () => {
    const latest = {
      state: 'verified' as const,
      executionStatus: 'done' as const,
      submittedAt: new Date('2024-06-01'),
      periodYear: 2024,
      windowClosesAt: new Date('2025-03-31'),
      indicatorAttainment: [0.5, 1.4],
    };
    // 50 + 20 + 20 + 10 * mean(0.5, 1) = 97.5
    expect(scoreMeasure(measure({ latest }), asOf).score).toBe(97.5);
  });

  it('done in a later period than the deadline is late', () => {
    const s = scoreMeasure(
      measure({
        deadline: '2023-12-31',
        latest: {
          state: 'published',
          executionStatus: 'done',
          submittedAt: new Date('2025-01-20'),
          periodYear: 2024,
          windowClosesAt: new Date('2025-03-31'),
          indicatorAttainment: [],
        },
      }),
      asOf,
    );
    expect(s.components.find((c) => c.component === 'timeliness')).toMatchObject({
      value: 0.5,
      reason: 'done after the deadline',
    });
  });

  it('late and unverified work scores less, and is flagged', () => {
    const s = scoreMeasure(
      measure({
        latest: {
          state: 'submitted',
          executionStatus: 'done',
          submittedAt: new Date('2025-05-05'),
          periodYear: 2024,
          windowClosesAt: new Date('2025-03-31'),
          indicatorAttainment: [],
        },
      }),
      new Date('2025-05-10'),
    );
    // (50*1 + 20*0.5 + 20*0.5) / 90 = 77.8
    expect(s.score).toBe(77.8);
    expect(s.unverified).toBe(true);
  });

  it('cancelled measures are not scored', () => {
    const s = scoreMeasure(
      measure({
        latest: {
          state: 'published',
          executionStatus: 'cancelled',
          submittedAt: null,
          periodYear: 2024,
          windowClosesAt: new Date('2025-03-31'),
          indicatorAttainment: [],
        },
      }),
      asOf,
    );
    expect(s.score).toBeNull();
  });

  it('every score lies between 0 and 100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('draft', 'submitted', 'returned', 'verified', 'published'),
        fc.constantFrom('not_started', 'in_progress', 'done', 'overdue'),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { maxLength: 5 }),
        fc.date({ min: new Date('2021-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        (state, executionStatus, indicatorAttainment, submittedAt) => {
          const s = scoreMeasure(
            measure({
              latest: {
                state,
                executionStatus,
                submittedAt,
                periodYear: submittedAt.getUTCFullYear(),
                windowClosesAt: new Date('2025-03-31'),
                indicatorAttainment,
              },
            }),
            asOf,
          );
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('groups and the national rating', () => {
  it('averages measures per agency and ranks agencies, ties sharing a rank', () => {
    const facts = [
      measure({ measureId: 'a', agencyId: 'minjust' }),
      measure({ measureId: 'b', agencyId: 'minjust', latest: null }),
      measure({ measureId: 'c', agencyId: 'minfin' }),
      measure({ measureId: 'd', agencyId: 'tax' }),
    ];
    const scores = new Map(facts.map((f) => [f.measureId, scoreMeasure(f, asOf)]));
    const byAgency = scoreGroups(facts, scores, (m) => m.agencyId);
    expect(byAgency.find((g) => g.key === 'minjust')).toMatchObject({
      score: 50,
      measures: 2,
      overdue: 1,
    });
    expect(rankAgencies(byAgency).map((g) => [g.key, g.rank])).toEqual([
      ['minfin', 1],
      ['tax', 1],
      ['minjust', 3],
    ]);
  });
});
