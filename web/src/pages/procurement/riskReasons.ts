import type { TFunction } from 'i18next';

/**
 * Why the risk index left a component out, in the reader's language. The engine writes its
 * reasons in English (src/modules/procurement/risk-index/components.ts); a reason not known here
 * is shown as written.
 */
const REASONS = {
  'not applicable: direct contracting or method unknown': 'notCompetitive',
  'number of bidders not published': 'noBidderCount',
  'no bids': 'noBids',
  'procurement method not published': 'noMethod',
  'no publication date or tender notice': 'noNotice',
  'publication date or bid deadline not published': 'noAdvertisementDates',
  'bid deadline or award date not published': 'noDecisionDates',
  'no winning supplier': 'noWinner',
  'country of a winning supplier not published': 'noCountry',
  'award date not published': 'noAwardDate',
  'founding date of a winning supplier not known': 'noFoundingDate',
} as const;

const METHOD_NOT_CLASSIFIED = /^procurement method "(.*)" not classified$/;

export function unknownReason(t: TFunction, reason: string): string {
  if (Object.hasOwn(REASONS, reason)) {
    return t(`procurement.risk.reasons.${REASONS[reason as keyof typeof REASONS]}`);
  }
  const method = METHOD_NOT_CLASSIFIED.exec(reason)?.[1];
  if (method !== undefined) return t('procurement.risk.reasons.methodNotClassified', { method });
  return reason;
}
