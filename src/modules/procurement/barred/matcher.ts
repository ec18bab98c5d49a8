import { bishkekDay, startOfBishkekDay } from '../../../platform/bishkek-time.ts';
import type { Restriction } from './restrictions.ts';

/**
 * Whether a legal entity is barred, decided from the register's rows alone: no database, no
 * clock (the caller passes the moment). Subsidies and tax benefits call it through the service
 * (`barredEntitiesOn`); the procurement analysis indexes the whole register once and matches
 * every award against it.
 */

/** The part of a register entry the matching needs. */
export interface BarPeriod {
  /** The INN, 14 digits (see `identifierOf`). */
  identifier: string;
  restrictions: readonly string[];
  /** First and last day of the bar (yyyy-mm-dd, inclusive); no last day = until lifted. */
  barredFrom: string;
  barredUntil: string | null;
  /** From this moment on the bar no longer applies. */
  liftedAt: Date | null;
}

/** Where the bar stands on a day: in force, not yet begun, run out, or lifted. */
export const BAR_STATES = ['active', 'scheduled', 'expired', 'lifted'] as const;
export type BarState = (typeof BAR_STATES)[number];

// Court decisions, awards and grants are dated by the Bishkek calendar, so a moment is turned
// into a Bishkek day first.
export { bishkekDay, startOfBishkekDay };

const INN = /^\d{14}$/;
// A scheme prefix as OCDS organisation identifiers write it ("KG-INN-", "INN:"), then the INN.
const SCHEMED = /^[A-Za-z][A-Za-z0-9]*(?:[-_.:/][A-Za-z][A-Za-z0-9]*)*[-_.:/](\d{14})$/;

/**
 * The INN in an identifier as it is written: a Kyrgyz legal entity's INN is 14 digits. Accepted:
 * the bare number ("02203201910150"), the number with spaces ("0220 3201 9101 50"), and the number
 * behind a scheme prefix of letters, as OCDS party ids give it ("KG-INN-02203201910150",
 * "INN:02203201910150"). Anything else (other lengths, letters among the digits) is null: no
 * guessing, so a check never matches the wrong entity.
 */
export function identifierOf(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (INN.test(compact)) return compact;
  return SCHEMED.exec(compact)?.[1] ?? null;
}

/**
 * Whether this entry bars the entity from `restriction` at the moment `at`: the restriction is
 * one the decision names, the moment's Bishkek day lies within the period (both ends included;
 * no end = open), and the bar was not lifted at or before that moment.
 */
export function barOn(entry: BarPeriod, at: Date, restriction: Restriction): boolean {
  return entry.restrictions.includes(restriction) && inForceOn(entry, at);
}

/** Whether this entry bars the entity from anything at the moment `at`. */
export function inForceOn(entry: BarPeriod, at: Date): boolean {
  if (entry.liftedAt && entry.liftedAt.getTime() <= at.getTime()) return false;
  const day = bishkekDay(at);
  return entry.barredFrom <= day && (entry.barredUntil === null || day <= entry.barredUntil);
}

/** Where an entry stands at the moment `now` (what the public list shows). */
export function barState(entry: BarPeriod, now: Date): BarState {
  if (entry.liftedAt && entry.liftedAt.getTime() <= now.getTime()) return 'lifted';
  const day = bishkekDay(now);
  if (day < entry.barredFrom) return 'scheduled';
  if (entry.barredUntil !== null && day > entry.barredUntil) return 'expired';
  return 'active';
}

/** The register grouped by INN, for matching many identifiers against it. */
export type BarIndex<T extends BarPeriod> = ReadonlyMap<string, readonly T[]>;

export function indexBars<T extends BarPeriod>(entries: Iterable<T>): BarIndex<T> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const list = index.get(entry.identifier);
    if (list) list.push(entry);
    else index.set(entry.identifier, [entry]);
  }
  return index;
}

/**
 * The entries that bar this entity at the moment `at`: from `restriction` when given, from
 * anything otherwise. The identifier may be written in any form `identifierOf` reads; one it
 * cannot read matches nothing.
 */
export function barsFor<T extends BarPeriod>(
  entries: readonly T[] | BarIndex<T>,
  identifier: string,
  at: Date,
  restriction?: Restriction,
): T[] {
  const inn = identifierOf(identifier);
  if (inn === null) return [];
  const candidates = Array.isArray(entries)
    ? (entries as readonly T[]).filter((e) => e.identifier === inn)
    : ((entries as BarIndex<T>).get(inn) ?? []);
  return candidates.filter((e) =>
    restriction === undefined ? inForceOn(e, at) : barOn(e, at, restriction),
  );
}
