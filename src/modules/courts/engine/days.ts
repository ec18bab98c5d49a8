import type { Day } from './types.ts';

/** Kyrgyzstan keeps UTC+6 all year (no daylight saving since 2005): the courts' day boundary. */
const BISHKEK_OFFSET_MS = 6 * 3600_000;

export const bishkekDay = (at: Date): Day =>
  new Date(at.getTime() + BISHKEK_OFFSET_MS).toISOString().slice(0, 10);

/** The instant a Bishkek day begins. */
export const dayStart = (day: Day): Date =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) - BISHKEK_OFFSET_MS);

export function addDays(day: Day, days: number): Day {
  const t = Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00.000Z`)) &&
  new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value);
