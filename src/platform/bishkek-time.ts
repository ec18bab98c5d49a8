/**
 * Calendar days in Asia/Bishkek: Kyrgyzstan keeps UTC+6 all year (no daylight saving since
 * 2005), so a day is the UTC date of the moment plus six hours. Days are YYYY-MM-DD strings.
 * No Node APIs here: the court verifier runs this in the browser too.
 */
const BISHKEK_OFFSET_MS = 6 * 3600_000;

export const bishkekDay = (at: Date): string =>
  new Date(at.getTime() + BISHKEK_OFFSET_MS).toISOString().slice(0, 10);

/** The first moment of a Bishkek day. */
export const startOfBishkekDay = (day: string): Date =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) - BISHKEK_OFFSET_MS);

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00.000Z`)) &&
  new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value);
