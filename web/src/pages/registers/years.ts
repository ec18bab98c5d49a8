/** The first year of the Strategy 2021-2024; the API knows nothing earlier. */
export const FIRST_YEAR = 2021;
/** Its last year: once it is over, the Plan's final year is what readers look at first. */
const LAST_PLAN_YEAR = 2024;

export const currentYear = () => new Date().getFullYear();

/** Every year from the Strategy's first to this one, newest first. */
export const yearsToNow = () =>
  Array.from({ length: currentYear() - FIRST_YEAR + 1 }, (_, k) => currentYear() - k);

/** The year a yearly register opens on: this one during the Plan, its last year after it. */
export const defaultYear = () => Math.min(currentYear(), LAST_PLAN_YEAR);

/** A year from the address, if it is one the registers cover. */
export function parseYear(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= currentYear() ? year : null;
}
