import type { SubmittedContent } from '../submitted.ts';

/** Family totals in som (tyiyn) of a submitted declaration, for lists and year-over-year charts. */
export function familyTotals(content: SubmittedContent) {
  let income = 0;
  for (const x of content.incomes) income += x.amount.som;
  let monetaryAssets = 0;
  for (const x of content.accounts) monetaryAssets += x.balance.som;
  for (const x of content.securities) monetaryAssets += x.value.som;
  for (const x of content.loansGiven) monetaryAssets += x.outstanding.som;
  let propertyValue = 0;
  for (const x of content.realEstate) propertyValue += x.price?.som ?? 0;
  for (const x of content.vehicles) propertyValue += x.price?.som ?? 0;
  return { income, monetaryAssets, propertyValue };
}

/** The form's content without the som values, to open a corrective draft from a version. */
export function withoutSom<T>(content: T): T {
  return JSON.parse(JSON.stringify(content, (key, value) => (key === 'som' ? undefined : value)));
}
