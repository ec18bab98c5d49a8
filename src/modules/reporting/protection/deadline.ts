import { addDays } from '../../../platform/bishkek-time.ts';

/**
 * The prosecutor's time to answer a protection request. The Law of 28.01.2019 No. 19 sets no
 * term; the platform applies the general term for state bodies' answers to citizens' appeals, 14
 * working days (Law of 04.05.2007 No. 67). Public holidays are not subtracted: a configurable
 * working-day calendar is the next step (docs/modules/reporting.md).
 */
export const PROTECTION_RESPONSE_WORKING_DAYS = 14;

/** Adds working days (Monday to Friday) to an ISO day. */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}
