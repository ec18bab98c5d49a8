/**
 * Reporting windows are entered as calendar days in Bishkek (UTC+6 all year, no daylight saving):
 * the window opens at the start of its first day and closes at the end of its last day, which the
 * server stores as the start of the following day.
 */
const BISHKEK_OFFSET = '+06:00';
const DAY_MS = 24 * 60 * 60 * 1000;

const bishkekDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Bishkek',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** "2026-10-01" -> the ISO instant that day starts in Bishkek. */
export const startOfDay = (day: string) =>
  new Date(`${day}T00:00:00${BISHKEK_OFFSET}`).toISOString();

/** "2026-12-31" (the last day) -> the instant the window closes: the start of the next day. */
export const endOfDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00${BISHKEK_OFFSET}`) + DAY_MS).toISOString();

/** The Bishkek calendar day of an instant, "YYYY-MM-DD". */
export const dayOf = (iso: string) => bishkekDay.format(new Date(iso));

/** The last day a window is open on, from the instant it closes. */
export const lastDayOf = (closesAt: string) =>
  bishkekDay.format(new Date(Date.parse(closesAt) - 1));

/** Today in Bishkek, "YYYY-MM-DD". */
export const today = () => bishkekDay.format(new Date());
