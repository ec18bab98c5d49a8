import type { TFunction } from 'i18next';
import { addDays, bishkekDay } from '../../../../src/modules/courts/engine/days.ts';
import type { Day } from '../../api/types.ts';
import { formatDate } from '../../format/dates.ts';
import type { Language } from '../../i18n/languages.ts';

export { addDays };

/** Today in Bishkek, the courts' day (UTC+6). */
export const today = (): Day => bishkekDay(new Date());
/** The day every change published now takes effect. */
export const tomorrow = (): Day => addDays(today(), 1);

export const COURT_TABS = ['allocations', 'fairness', 'criteria', 'seeds', 'alerts'] as const;
export type CourtTab = (typeof COURT_TABS)[number];

export const courtPath = (code: string, tab: CourtTab = 'allocations') =>
  tab === 'allocations'
    ? `/courts/${encodeURIComponent(code)}`
    : `/courts/${encodeURIComponent(code)}/${tab}`;

export const casePath = (id: string) => `/work/courts/cases/${encodeURIComponent(id)}`;

/** A calendar day of the courts shown as the language writes dates. */
export const formatDay = (day: Day, language: Language) =>
  formatDate(`${day}T12:00:00+06:00`, language);

/** The first 12 hex digits: enough to tell hashes apart by eye; the full value is copied. */
export const shortHash = (hash: string) => (hash.length > 12 ? `${hash.slice(0, 12)}…` : hash);

const isDayText = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
/** A day from the address, if it is one. */
export const dayParam = (value: string) => (isDayText(value) ? value : undefined);

/** A specialisation's name when the interface knows it, else its code as published. */
export function specialisationText(t: TFunction, code: string): string {
  const names = t('courts.specialisations', { returnObjects: true }) as Record<string, string>;
  return names[code] ?? code;
}

/** The name of a drawn judge, whether the answer gives the judge's id or {id, name}. */
export function judgeNameOf(
  judge: { id: string; name: string } | string,
  judges: readonly { id: string; name: string }[],
): string {
  if (typeof judge !== 'string') return judge.name;
  return judges.find((j) => j.id === judge)?.name ?? judge;
}
