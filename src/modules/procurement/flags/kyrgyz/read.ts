/**
 * Loose readers for publisher JSON. Releases arrive as whatever the publisher wrote: a field may
 * be missing, null, of the wrong type, or a number written as a string. Every reader here returns
 * `null` (or an empty list) for anything it cannot use, and never throws, so the engines can
 * treat "not usable" as "not known" and stay silent instead of guessing.
 */

export type Loose = Record<string, unknown>;

/** A plain JSON object (not an array, not null), or null. */
export function obj(value: unknown): Loose | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Loose)
    : null;
}

/** The field of an object, read as an own property only (a key like "__proto__" must not leak). */
export function field(value: unknown, key: string): unknown {
  const o = obj(value);
  return o !== null && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** An array, or an empty array for anything else. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string; numbers are accepted as their decimal text (ids often are). */
export function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A finite number; numeric strings ("1500.50", "1 500,5") are accepted, anything else is null. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/[\s\u00a0]/g, '');
  if (cleaned === '') return null;
  // A single comma with no dot is a decimal comma (common in Russian-language data).
  const normal =
    !cleaned.includes('.') && /^-?\d+,\d+$/.test(cleaned) ? cleaned.replace(',', '.') : cleaned;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal)) return null;
  const parsed = Number(normal);
  return Number.isFinite(parsed) ? parsed : null;
}

/** A boolean, also from "true"/"false" strings; anything else is null. */
export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

const DAY_MS = 86_400_000;

/**
 * A date as a whole day number (days since 1970-01-01, UTC), from an ISO 8601 date or date-time.
 * Only strings that start like a date are accepted: `Date.parse` alone would read "1" as a year.
 */
export function dayOf(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** Day number back to an ISO date, for evidence. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Lower-cased trimmed text for case-insensitive comparison of codes and names. */
export function lower(value: unknown): string | null {
  const t = text(value);
  return t === null ? null : t.toLowerCase();
}

/** Whether a code (method, status, rationale) is in a settings list, ignoring case. */
export function inList(value: string | null, values: readonly string[]): boolean {
  if (value === null) return false;
  const v = value.toLowerCase();
  return values.some((candidate) => candidate.toLowerCase() === v);
}

/** An amount in the settings currency; an amount in another currency is not usable. */
export function amountIn(value: unknown, currency: string): number | null {
  const amount = num(field(value, 'amount'));
  if (amount === null) return null;
  const cur = text(field(value, 'currency'));
  return cur === null || cur.toLowerCase() === currency.toLowerCase() ? amount : null;
}
