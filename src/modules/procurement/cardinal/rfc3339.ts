/**
 * RFC 3339 timestamps as Cardinal reads them (chrono's `DateTime::parse_from_rfc3339`): a full
 * date, a time with seconds, an optional fraction and a mandatory offset. `Date.parse` is far
 * more lenient (it takes "2000-01-01" or "Jan 1 2000"), which would flag processes Cardinal
 * skips, so the format is checked here.
 */

/** An instant: whole seconds since 1970-01-01T00:00:00Z, plus nanoseconds (0 to 1,999,999,999). */
export type Instant = { seconds: number; nanos: number };

const DASH = 45;
const COLON = 58;
const DOT = 46;

/**
 * `YYYY-MM-DD(T|t| )hh:mm:ss[.fraction](Z|z|±hh:mm)`, or null. Read character by character:
 * it runs twice per release, and a regular expression with captures allocates a dozen strings.
 */
export function parseRfc3339(text: string): Instant | null {
  const length = text.length;
  if (length < 20) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const separator = text.charCodeAt(10);
  if (
    year < 0 ||
    month < 0 ||
    day < 0 ||
    hour < 0 ||
    minute < 0 ||
    second < 0 ||
    text.charCodeAt(4) !== DASH ||
    text.charCodeAt(7) !== DASH ||
    (separator !== 84 && separator !== 116 && separator !== 32) || // T, t, space
    text.charCodeAt(13) !== COLON ||
    text.charCodeAt(16) !== COLON
  ) {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Second 60 is a leap second, which chrono accepts.
  if (hour > 23 || minute > 59 || second > 60) return null;
  let at = 19;
  let nanos = 0;
  if (text.charCodeAt(at) === DOT) {
    at += 1;
    const first = at;
    // chrono keeps nanoseconds: digits beyond the ninth are read and dropped.
    let scale = 100_000_000;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
      nanos += (c - 48) * scale;
      scale = Math.floor(scale / 10);
    }
    if (at === first) return null;
  }
  let offset = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 || sign === 122) {
    // Z or z
    if (at + 1 !== length) return null;
  } else if (sign === 43 || sign === 45) {
    // + or -
    const offsetHours = digitsAt(text, at + 1, 2);
    const offsetMinutes = digitsAt(text, at + 4, 2);
    if (at + 6 !== length || text.charCodeAt(at + 3) !== COLON) return null;
    if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59) return null;
    offset = (sign === 45 ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  } else {
    return null;
  }
  const leap = second === 60 ? 1 : 0;
  const seconds =
    daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - leap - offset;
  return { seconds, nanos: nanos + leap * 1_000_000_000 };
}

/** The number written with `count` ASCII digits at `at`, or -1. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * Whole days from `start` to `end`, truncated towards zero, as chrono's
 * `(end - start).num_days()`: 4 days and 23:59:59 is 4 days.
 */
export function daysBetween(start: Instant, end: Instant): number {
  let seconds = end.seconds - start.seconds;
  let nanos = end.nanos - start.nanos;
  while (nanos < 0) {
    nanos += 1_000_000_000;
    seconds -= 1;
  }
  while (nanos >= 1_000_000_000) {
    nanos -= 1_000_000_000;
    seconds += 1;
  }
  // chrono's num_seconds rounds a negative duration with a fraction towards zero.
  if (seconds < 0 && nanos > 0) seconds += 1;
  return Math.trunc(seconds / 86400);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
