import { describe, expect, it } from 'vitest';
import { COUNCIL_WEIGHTS, evaluateCouncil } from './council-effectiveness.ts';

const idle = {
  meetingsHeld: 0,
  recommendationsIssued: 0,
  recommendationsAccepted: 0,
  draftActsReviewed: 0,
  appealsConsidered: 0,
  annualReportPublished: false,
};

describe('public council effectiveness', () => {
  it('weights add up to 100', () => {
    expect(Object.values(COUNCIL_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
  it('an idle council scores 0 and says why, criterion by criterion', () => {
    const e = evaluateCouncil(idle);
    expect(e).toMatchObject({ score: 0, rating: 'ineffective' });
    expect(e.criteria.map((c) => c.reason)).toContain('no recommendations given to the state body');
  });
  it('a council doing everything in full scores 100', () => {
    const e = evaluateCouncil({
      meetingsHeld: 6,
      recommendationsIssued: 4,
      recommendationsAccepted: 4,
      draftActsReviewed: 5,
      appealsConsidered: 12,
      annualReportPublished: true,
    });
    expect(e).toMatchObject({ score: 100, rating: 'effective' });
  });
  it('rates 40-69 as partly effective', () => {
    const e = evaluateCouncil({
      ...idle,
      meetingsHeld: 4,
      recommendationsIssued: 2,
      recommendationsAccepted: 1,
      annualReportPublished: true,
    });
    // 20 + 15 + 15 = 50
    expect(e).toMatchObject({ score: 50, rating: 'partly_effective' });
  });
});
