import type { TFunction } from 'i18next';
import type { CouncilCriterion, EvaluationCriteria } from '../../../api/types.ts';

/**
 * The year's facts behind one criterion, in the reader's language. The server explains each
 * criterion in English; the counts it explains are the stored facts, so they are worded here.
 */
export function criterionFacts(
  t: TFunction,
  criterion: CouncilCriterion,
  c: EvaluationCriteria,
): string {
  switch (criterion) {
    case 'meetings':
      return t('registers.councils.facts.meetings', { count: c.meetingsHeld });
    case 'recommendations':
      return c.recommendationsIssued === 0
        ? t('registers.councils.facts.noRecommendations')
        : t('registers.councils.facts.recommendations', {
            accepted: c.recommendationsAccepted,
            issued: c.recommendationsIssued,
          });
    case 'draftActs':
      return t('registers.councils.facts.draftActs', { count: c.draftActsReviewed });
    case 'appeals':
      return t('registers.councils.facts.appeals', { count: c.appealsConsidered });
    case 'annualReport':
      return c.annualReportPublished
        ? t('registers.councils.facts.annualReport')
        : t('registers.councils.facts.noAnnualReport');
  }
}
