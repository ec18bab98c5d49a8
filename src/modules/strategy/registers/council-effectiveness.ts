/**
 * Effectiveness of a public council of a state body (Plan item 10: "a considerably more advanced
 * methodology for assessing the effectiveness of their work"). Pure: the year's facts in, a score
 * 0-100 with the reason of every criterion out. Weights and thresholds are the team's proposal for
 * the coordinator to confirm (docs/modules/strategy-registers.md); they live here only.
 */
export interface EvaluationCriteria {
  /** Meetings the council held in the year. */
  meetingsHeld: number;
  /** Recommendations it gave the state body, and how many the body accepted. */
  recommendationsIssued: number;
  recommendationsAccepted: number;
  /** Draft acts of the body the council examined (public oversight of decisions). */
  draftActsReviewed: number;
  /** Citizens' appeals the council considered. */
  appealsConsidered: number;
  /** Whether the council published its annual report. */
  annualReportPublished: boolean;
}

export const COUNCIL_WEIGHTS = {
  meetings: 20,
  recommendations: 30,
  draftActs: 20,
  appeals: 15,
  annualReport: 15,
} as const;

/** At these counts a criterion is fully met: quarterly meetings, three drafts, ten appeals. */
const FULL_AT = { meetings: 4, draftActs: 3, appeals: 10 } as const;

export type CouncilRating = 'effective' | 'partly_effective' | 'ineffective';

export interface CriterionScore {
  criterion: keyof typeof COUNCIL_WEIGHTS;
  weight: number;
  value: number;
  reason: string;
}

export interface CouncilEvaluation {
  score: number;
  rating: CouncilRating;
  criteria: CriterionScore[];
}

const share = (n: number, full: number) => Math.min(1, n / full);

export function evaluateCouncil(c: EvaluationCriteria): CouncilEvaluation {
  const criteria: CriterionScore[] = [
    {
      criterion: 'meetings',
      weight: COUNCIL_WEIGHTS.meetings,
      value: share(c.meetingsHeld, FULL_AT.meetings),
      reason: `${c.meetingsHeld} meeting(s) held; ${FULL_AT.meetings} or more (quarterly) is full marks`,
    },
    {
      criterion: 'recommendations',
      weight: COUNCIL_WEIGHTS.recommendations,
      value:
        c.recommendationsIssued === 0 ? 0 : c.recommendationsAccepted / c.recommendationsIssued,
      reason:
        c.recommendationsIssued === 0
          ? 'no recommendations given to the state body'
          : `${c.recommendationsAccepted} of ${c.recommendationsIssued} recommendations accepted by the state body`,
    },
    {
      criterion: 'draftActs',
      weight: COUNCIL_WEIGHTS.draftActs,
      value: share(c.draftActsReviewed, FULL_AT.draftActs),
      reason: `${c.draftActsReviewed} draft act(s) examined; ${FULL_AT.draftActs} or more is full marks`,
    },
    {
      criterion: 'appeals',
      weight: COUNCIL_WEIGHTS.appeals,
      value: share(c.appealsConsidered, FULL_AT.appeals),
      reason: `${c.appealsConsidered} citizens' appeal(s) considered; ${FULL_AT.appeals} or more is full marks`,
    },
    {
      criterion: 'annualReport',
      weight: COUNCIL_WEIGHTS.annualReport,
      value: c.annualReportPublished ? 1 : 0,
      reason: c.annualReportPublished ? 'annual report published' : 'no annual report published',
    },
  ];
  const score = Math.round(criteria.reduce((sum, k) => sum + k.weight * k.value, 0));
  const rating: CouncilRating =
    score >= 70 ? 'effective' : score >= 40 ? 'partly_effective' : 'ineffective';
  return { score, rating, criteria };
}
