import { describe, expect, it } from 'vitest';
import type { ExecutionStatus, ReportState } from '../../src/modules/strategy/reporting/engine.ts';
import { type MeasureFacts, scoreMeasure } from '../../src/modules/strategy/reporting/scoring.ts';
import {
  componentMeans,
  measureStatus,
} from '../../web/src/pages/strategy/dashboard/measureStatus.ts';
import { nationalTotals } from '../../web/src/pages/strategy/dashboard/totals.ts';

// The dashboard reads a measure's status from its score: these pin that reading to the scoring.
const AS_OF = new Date('2024-06-01T00:00:00+06:00');

function facts(
  deadline: string,
  latest: { state: ReportState; status: ExecutionStatus } | null,
): MeasureFacts {
  return {
    measureId: 'm',
    agencyId: 'a',
    itemNumber: 1,
    directionNumber: 1,
    deadline,
    latest: latest && {
      state: latest.state,
      executionStatus: latest.status,
      submittedAt: new Date('2024-01-10T00:00:00Z'),
      periodYear: 2024,
      windowClosesAt: new Date('2024-01-31T00:00:00Z'),
      indicatorAttainment: [],
    },
  };
}

const statusOf = (f: MeasureFacts) => measureStatus(scoreMeasure(f, AS_OF));

describe('a measure status on the dashboard', () => {
  it('follows the latest report that left the agency', () => {
    expect(statusOf(facts('2024-12-31', { state: 'published', status: 'done' }))).toBe('done');
    expect(statusOf(facts('2024-12-31', { state: 'verified', status: 'in_progress' }))).toBe(
      'in_progress',
    );
    expect(statusOf(facts('2024-12-31', { state: 'submitted', status: 'not_started' }))).toBe(
      'not_started',
    );
    expect(statusOf(facts('2024-12-31', { state: 'submitted', status: 'cancelled' }))).toBe(
      'cancelled',
    );
  });

  it('says "no report" before the deadline and "overdue" after it when not done', () => {
    expect(statusOf(facts('2024-12-31', null))).toBe('no_report');
    expect(statusOf(facts('2024-03-31', null))).toBe('overdue');
    expect(statusOf(facts('2024-03-31', { state: 'published', status: 'in_progress' }))).toBe(
      'overdue',
    );
    expect(statusOf(facts('2024-03-31', { state: 'published', status: 'done' }))).toBe('done');
  });

  it('averages each component only over the measures it applies to', () => {
    const scores = [
      scoreMeasure(facts('2024-12-31', { state: 'published', status: 'done' }), AS_OF),
      scoreMeasure(facts('2024-12-31', { state: 'submitted', status: 'in_progress' }), AS_OF),
    ];
    const means = new Map(componentMeans(scores).map((c) => [c.component, c]));
    expect(means.get('status')).toEqual({ component: 'status', weight: 50, mean: 0.75 });
    expect(means.get('verification')?.mean).toBe(0.75);
    expect(means.get('indicators')?.mean).toBeNull();
  });
});

describe('the national totals', () => {
  it('weights each agency by its measures and never invents an average', () => {
    const agency = (score: number | null, measures: number, overdue = 0) => ({
      rank: 1,
      agencyId: String(score),
      agencyName: null,
      score,
      measures,
      overdue,
      unverified: 0,
    });
    const totals = nationalTotals({
      asOf: '',
      agencies: [agency(100, 3), agency(50, 1, 1)],
      items: [],
      directions: [],
    });
    expect(totals).toEqual({ measures: 4, overdue: 1, unverified: 0, average: 87.5 });
    expect(
      nationalTotals({ asOf: '', agencies: [], items: [], directions: [] }).average,
    ).toBeNull();
  });
});
