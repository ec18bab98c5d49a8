import { BUYERS, CATEGORIES } from './releases.ts';

/**
 * Synthetic 2026 annual plans for the demo buyers, as rows of the plan CSV. Each plan leaves out
 * one or two of the categories the buyer then buys, so purchases absent from the plan show up.
 */
export function demoPlanRows(): Record<string, string>[] {
  return BUYERS.flatMap((buyer, b) =>
    CATEGORIES.filter((_, c) => (c + b) % 4 !== 0).map(([code, description], line) => ({
      buyer_id: `KG-SYN-${buyer.code}`,
      buyer_name: buyer.name,
      year: '2026',
      line: String(line + 1),
      classification: code,
      description: description.replace('(демо)', '(демо план)'),
      planned_amount: String((line + 2) * 750_000),
      currency: 'KGS',
      method: 'oneStage',
      quarter: String((line % 4) + 1),
    })),
  );
}
