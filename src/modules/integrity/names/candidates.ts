import { parseName, surnameRoot } from './normalize.ts';
import { pinProblem } from './pin.ts';
import type { NameToken, ParsedName, PersonRecord } from './types.ts';

/**
 * Blocking for the candidate search: instead of scoring a record against every other one, each
 * record is filed under a few short keys, and only records sharing a key are scored. A record
 * agreeing with another on any two of its name parts shares a key with it, whatever the script,
 * word order, patronymic style or initials:
 * - family + given initial: the surname's root (Асанова -> "asan"), or the father's name of the
 *   patronymic ("Кубат уулу", "Кубатович") when there is no surname; so "Кубатов Бакыт" meets
 *   "Бакыт Кубат уулу";
 * - given + the family's first two signs: finds a surname misspelt further on;
 * - given + patronymic: finds a surname misspelt or missing;
 * - family + patronymic: finds a given name whose first letter changed;
 * - the PIN, when valid.
 * Names are coded phonetically on top of their Kyrgyz-aware keys: vowels dropped after the first
 * letter, similar consonants merged, at most four signs.
 */

export interface NameIndex {
  /** blocking key -> ids of the records filed under it */
  blocks: Map<string, string[]>;
  records: number;
}

const CONSONANT_CLASS: Record<string, string> = {
  b: 'b',
  p: 'b',
  v: 'v',
  f: 'v',
  d: 'd',
  t: 'd',
  g: 'g',
  k: 'g',
  z: 's',
  s: 's',
  C: 's',
  J: 'j',
  S: 'x',
  Q: 'x',
  H: 'h',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};

/** A coarse phonetic code of a key: "asanov" -> "*snv", "bakit" -> "bgd". */
export function phoneticCode(key: string): string {
  if (!key) return '';
  let code = 'aeiou'.includes(key[0]!) ? '*' : (CONSONANT_CLASS[key[0]!] ?? key[0]!);
  let last = code;
  for (let i = 1; i < key.length && code.length < 4; i++) {
    const c = CONSONANT_CLASS[key[i]!];
    if (!c) {
      last = '';
      continue;
    }
    if (c !== last) code += c;
    last = c;
  }
  return code;
}

const full = (t: NameToken | null | undefined): t is NameToken => !!t && !t.initial;
const initialOf = (t: NameToken) =>
  (t.role === 'surname' || t.role === 'patronymic' ? t.stem : t.key)[0] ?? '';

/** The blocking keys of one record (see the top of this file). */
export function blockingKeys(name: ParsedName, pin?: string | null, birthDate?: string | null) {
  const keys = new Set<string>();
  const { surname, patronymic, given } = name;
  // The family word: the surname's root, else the father's name of a patronymic of either style.
  const family = full(surname)
    ? phoneticCode(surnameRoot(surname.stem))
    : full(patronymic)
      ? phoneticCode(patronymic.stem)
      : null;
  const father = full(patronymic) ? phoneticCode(patronymic.stem) : null;
  const byFamily = (familyCode: string, g: NameToken | null) => {
    keys.add(`f:${familyCode}|${g ? initialOf(g) : ''}`);
    // a misspelt surname still starts the same: given name + the family code's first two signs
    if (full(g)) keys.add(`n:${phoneticCode(g.key)}|${familyCode.slice(0, 2)}`);
  };
  if (family !== null) byFamily(family, given);
  if (full(given) && father !== null) keys.add(`g:${phoneticCode(given.key)}|${father}`);
  if (full(surname) && family !== null && father !== null) keys.add(`p:${family}|${father}`);
  // Words whose role the name does not tell ("Бакыт Асан"): each may be the family name.
  const unknown = name.tokens.filter((t) => t.role === 'unknown');
  for (const u of unknown.filter(full)) {
    const others = name.tokens.filter((t) => t !== u && t.role !== 'patronymic');
    for (const o of others) byFamily(phoneticCode(u.key), o);
    if (others.length === 0) byFamily(phoneticCode(u.key), null);
  }
  if (full(given) && family === null && unknown.length === 0) keys.add(`f:|${given.key[0]}`);
  if (pin && pinProblem(pin, birthDate) === null) keys.add(`pin:${pin.trim()}`);
  return [...keys];
}

const keysOf = (r: PersonRecord) => blockingKeys(parseName(r.fullName), r.pin, r.birthDate);

export function buildNameIndex(records: PersonRecord[]): NameIndex {
  const blocks = new Map<string, string[]>();
  for (const r of records) {
    for (const key of keysOf(r)) {
      const ids = blocks.get(key);
      if (ids) ids.push(r.id);
      else blocks.set(key, [r.id]);
    }
  }
  return { blocks, records: records.length };
}

/** Ids of the indexed records that share a blocking key with this one (never its own id). */
export function candidatesFor(index: NameIndex, record: PersonRecord): string[] {
  const found = new Set<string>();
  for (const key of keysOf(record)) {
    for (const id of index.blocks.get(key) ?? []) if (id !== record.id) found.add(id);
  }
  return [...found];
}
