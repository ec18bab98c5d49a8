import { parseName, surnameRoot } from './normalize.ts';
import { pinBirthDate, pinGender, pinProblem } from './pin.ts';
import type {
  Gender,
  MatchDecision,
  MatchReason,
  MatchScore,
  NameToken,
  ParsedName,
  PersonRecord,
} from './types.ts';

/**
 * Whether two person records are the same person, with the reasons. A valid PIN on both sides
 * decides alone. Otherwise the name parts (surname stem, given name, patronymic, initials) are
 * compared on their Kyrgyz-aware keys with Jaro–Winkler similarity, and the birth date and the
 * sex (from a PIN or the endings) add or take away. The score is the sum of the reasons' weights,
 * kept within 0..1, so a reviewer can add them up.
 *
 * What the weights decide, without a PIN:
 * - a full three-part name equal in both (any script, any order, either patronymic style): match;
 * - two parts equal (surname and given name; or the Kyrgyz given name and "father уулу"): review,
 *   and match with the same birth date: namesakes of two-part names are common, and a wrong merge
 *   would put someone else's relatives into an official's graph;
 * - surname and initials agreeing: review (with the same birth date: match);
 * - a different birth date, a different given name, or a different sex: none, whatever else agrees.
 *   So Асанов and Асанова are the same surname stem but not the same person on that alone.
 */

/** The decision boundaries on the score (tuned on the generated variant set, bench/conflicts/names.ts). */
export const MATCH_THRESHOLDS = { match: 0.92, review: 0.75 } as const;

interface PartWeights {
  /** the most a fully equal part adds */
  agree: number;
  /** the most a completely different part takes away */
  disagree: number;
  /** an initial that agrees with the other side's initial or word */
  initial: number;
  /** an initial that does not */
  initialDiffers: number;
}

type PartRole = 'surname' | 'given' | 'patronymic' | 'family' | 'unknown';

const PART_WEIGHTS: Record<PartRole, PartWeights> = {
  surname: { agree: 0.4, disagree: 0.4, initial: 0.15, initialDiffers: 0.3 },
  given: { agree: 0.35, disagree: 0.35, initial: 0.22, initialDiffers: 0.35 },
  // Brothers share surname and patronymic, so the father's name adds little; a different one
  // says a different family.
  patronymic: { agree: 0.2, disagree: 0.3, initial: 0.15, initialDiffers: 0.25 },
  // The Kyrgyz "Кубат уулу" when neither side has a surname: it stands in for one.
  family: { agree: 0.4, disagree: 0.4, initial: 0.15, initialDiffers: 0.3 },
  unknown: { agree: 0.3, disagree: 0.3, initial: 0.12, initialDiffers: 0.2 },
};

/** "Кубатов" in one source and "Кубат уулу" in another: the surname was made of the father's name. */
const SURNAME_FROM_FATHER = 0.25;
const BIRTH_DATE_EQUAL = 0.2;
const BIRTH_DATE_DIFFERS = -0.6;
const SEX_DIFFERS = -0.35;
/** Jaro–Winkler similarity below this counts against; 1 counts fully for. */
const SIMILAR_FROM = 0.8;

/**
 * Jaro–Winkler similarity (0..1) of two strings. Written here: it is ~30 lines and no small,
 * well-kept package for it was found. The pair is put in a fixed order first so that the result
 * is exactly symmetric.
 */
export function jaroWinkler(x: string, y: string): number {
  if (x === y) return 1;
  const [a, b] = x < y ? [x, y] : [y, x];
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const to = Math.min(i + window + 1, b.length);
    for (let j = Math.max(0, i - window); j < to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro =
    (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** A record with its name parsed and its PIN checked, ready to be scored many times. */
export interface PreparedRecord {
  record: PersonRecord;
  /** the record's fields as prepared, to notice a record changed since */
  fullName: string;
  rawPin: string | null;
  rawBirthDate: string | null;
  name: ParsedName;
  /** the PIN when its structure holds (and agrees with the record's birth date) */
  pin: string | null;
  pinIssue: string | null;
  /** the record's birth date, or the one its valid PIN carries */
  birthDate: string | null;
  birthDateFrom: 'record' | 'pin' | null;
  gender: Gender | null;
  genderFrom: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function prepareRecord(record: PersonRecord): PreparedRecord {
  const name = parsedName(record.fullName);
  const rawPin = record.pin?.trim() || null;
  const issue = rawPin ? pinProblem(rawPin, record.birthDate) : null;
  const pin = rawPin && !issue ? rawPin : null;
  const ownDate = record.birthDate?.trim().slice(0, 10) ?? '';
  const pinDate = pin ? pinBirthDate(pin) : null;
  const birthDate = ISO_DATE.test(ownDate) ? ownDate : pinDate;
  const pinSex = pin ? pinGender(pin) : null;
  const endingSex = name.gender;
  return {
    record: { ...record },
    fullName: record.fullName,
    rawPin: record.pin ?? null,
    rawBirthDate: record.birthDate ?? null,
    name,
    pin,
    pinIssue: issue,
    birthDate,
    birthDateFrom: ISO_DATE.test(ownDate) ? 'record' : pinDate ? 'pin' : null,
    gender: pinSex ?? endingSex,
    genderFrom: pinSex ? 'PIN' : endingSex ? 'name endings' : null,
  };
}

// Parsing is the costly part of scoring, and a candidate search scores each record many times.
const parsed = new Map<string, ParsedName>();
const PARSED_KEPT = 200_000;
function parsedName(fullName: string): ParsedName {
  let p = parsed.get(fullName);
  if (!p) {
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    p = parseName(fullName);
    parsed.set(fullName, p);
  }
  return p;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const shown = (t: NameToken) => (t.initial ? `${t.text}.` : t.text);

export function decisionOf(score: number): MatchDecision {
  return score >= MATCH_THRESHOLDS.match
    ? 'match'
    : score >= MATCH_THRESHOLDS.review
      ? 'review'
      : 'none';
}

function finish(reasons: MatchReason[]): MatchScore {
  const sum = reasons.reduce((s, r) => s + r.weight, 0);
  const score = round(Math.min(1, Math.max(0, sum)));
  return { score, decision: decisionOf(score), reasons };
}

/** Scores two records (see the top of this file). Deterministic; symmetric in score and decision. */
export function scorePair(a: PersonRecord, b: PersonRecord): MatchScore {
  return scorePrepared(preparedOf(a), preparedOf(b));
}

// A record scored against many candidates is prepared once; reused only while it is unchanged.
const prepared = new WeakMap<PersonRecord, PreparedRecord>();
function preparedOf(r: PersonRecord): PreparedRecord {
  const p = prepared.get(r);
  if (p && p.record.id === r.id && p.fullName === r.fullName && p.rawPin === (r.pin ?? null)) {
    if (p.rawBirthDate === (r.birthDate ?? null)) return p;
  }
  const fresh = prepareRecord(r);
  prepared.set(r, fresh);
  return fresh;
}

export function scorePrepared(a: PreparedRecord, b: PreparedRecord): MatchScore {
  if (a.record.id === b.record.id) {
    return finish([
      { code: 'same_record', weight: 1, detail: `${a.record.fullName}: same record` },
    ]);
  }
  if (a.pin && b.pin) {
    return a.pin === b.pin
      ? finish([{ code: 'pin_equal', weight: 1, detail: 'the same PIN in both' }])
      : finish([{ code: 'pin_differs', weight: -1, detail: 'two different PINs' }]);
  }
  const reasons: MatchReason[] = [];
  for (const r of [a, b]) {
    if (r.pinIssue) {
      reasons.push({
        code: 'pin_invalid',
        weight: 0,
        detail: `${r.record.fullName}: PIN not used (${r.pinIssue})`,
      });
    }
  }
  reasons.push(...nameReasons(a.name, b.name));
  if (a.birthDate && b.birthDate) {
    const from = (r: PreparedRecord) => (r.birthDateFrom === 'pin' ? ' (from the PIN)' : '');
    const same = a.birthDate === b.birthDate;
    reasons.push({
      code: same ? 'birth_date_equal' : 'birth_date_differs',
      weight: same ? BIRTH_DATE_EQUAL : BIRTH_DATE_DIFFERS,
      detail: same
        ? `born ${a.birthDate} in both`
        : `born ${a.birthDate}${from(a)} ~ ${b.birthDate}${from(b)}: different`,
    });
  }
  if (a.gender && b.gender && a.gender !== b.gender) {
    reasons.push({
      code: 'sex_differs',
      weight: SEX_DIFFERS,
      detail: `${a.gender} (${a.genderFrom}) ~ ${b.gender} (${b.genderFrom})`,
    });
  }
  return finish(reasons);
}

interface Pair {
  a: NameToken;
  b: NameToken;
  role: PartRole;
}

const REASON_CODE: Record<PartRole, string> = {
  surname: 'surname',
  given: 'given_name',
  patronymic: 'patronymic',
  family: 'patronymic',
  unknown: 'name',
};

/** What of a word is compared: the stem for surnames and patronymics, the key otherwise. */
const compared = (t: NameToken) =>
  t.role === 'surname' || t.role === 'patronymic' ? t.stem : t.key;

/** One aligned pair of words: its weight and the reviewer's sentence. */
function partReason(p: Pair): MatchReason {
  const w = PART_WEIGHTS[p.role];
  const head = `${shown(p.a)} ~ ${shown(p.b)}`;
  if (p.a.initial || p.b.initial) {
    const agrees = compared(p.a)[0] === compared(p.b)[0];
    return {
      code: 'initial',
      weight: round(agrees ? w.initial : -w.initialDiffers),
      detail: `${head}: ${p.role === 'unknown' ? '' : `${roleLabel(p.role)} `}initial ${agrees ? 'agrees' : 'differs'}`,
    };
  }
  const x = compared(p.a);
  const y = compared(p.b);
  const sim = jaroWinkler(x, y);
  const g = Math.max(-1, Math.min(1, (sim - SIMILAR_FROM) / (1 - SIMILAR_FROM)));
  let weight = g >= 0 ? w.agree * g : w.disagree * g;
  let what: string;
  if (p.role === 'surname') {
    const ga = p.a.gender;
    const gb = p.b.gender;
    const genders =
      ga && gb && ga !== gb ? `, ${ga} vs ${gb} ending` : ga || gb ? `, ${ga ?? gb} ending` : '';
    if (sim === 1 && ga && gb && ga !== gb) weight = w.agree * 0.4; // the stem only: see the sex reason
    what = sim === 1 ? `same stem${genders}` : describe(sim);
  } else if (p.role === 'patronymic' || p.role === 'family') {
    const styles =
      p.a.patronymicStyle && p.b.patronymicStyle && p.a.patronymicStyle !== p.b.patronymicStyle
        ? ', -ович/-овна and уулу/кызы styles'
        : '';
    what = sim === 1 ? `same father's name${styles}` : `father's name ${describe(sim)}${styles}`;
  } else {
    what = sim === 1 ? 'same name' : describe(sim);
  }
  return { code: REASON_CODE[p.role], weight: round(weight), detail: `${head}: ${what}` };
}

const describe = (sim: number) =>
  sim >= SIMILAR_FROM ? `similar (${sim.toFixed(2)})` : `different (${sim.toFixed(2)})`;

const roleLabel = (role: PartRole) =>
  role === 'given' ? 'given name' : role === 'family' ? 'patronymic' : role;

/** The role two aligned words are weighed as: the known one when one side could not tell. */
function pairRole(a: NameToken, b: NameToken): PartRole | null {
  if (a.role === 'unknown') return b.role;
  if (b.role === 'unknown' || a.role === b.role) return a.role;
  return null;
}

/**
 * Aligns the words of two names and gives a reason for each aligned pair. Words with the same
 * role are always compared (so a different given name counts against); words whose role one side
 * could not tell are aligned to what fits best.
 */
function nameReasons(a: ParsedName, b: ParsedName): MatchReason[] {
  const pairs: Pair[] = [];
  const used = new Set<NameToken>();
  const noSurname = !a.surname && !b.surname;
  for (const role of ['surname', 'given', 'patronymic'] as const) {
    const ta = a[role];
    const tb = b[role];
    if (!ta || !tb) continue;
    pairs.push({ a: ta, b: tb, role: role === 'patronymic' && noSurname ? 'family' : role });
    used.add(ta).add(tb);
  }
  const reasons: MatchReason[] = pairs.map(partReason);

  // Кубатов ~ Кубат уулу: one source's surname is the other's father's name.
  for (const [x, y, flip] of [[a, b, false] as const, [b, a, true] as const]) {
    const s = x.surname;
    const p = y.patronymic;
    if (!s || s.initial || used.has(s) || y.surname || !p || p.initial || used.has(p)) continue;
    if (surnameRoot(s.stem) !== p.stem) continue;
    used.add(s).add(p);
    reasons.push({
      code: 'surname_from_father',
      weight: SURNAME_FROM_FATHER,
      detail: `${flip ? p.text : s.text} ~ ${flip ? s.text : p.text}: surname made of the same father's name`,
    });
  }

  // Words of unknown role: the alignment with the greatest total (exhaustive; names are short).
  const restA = a.tokens.filter((t) => !used.has(t)).slice(0, 6);
  const restB = b.tokens.filter((t) => !used.has(t)).slice(0, 6);
  const best = bestAlignment(restA, restB, 0, new Set());
  reasons.push(...best.reasons);

  const all = [...pairs, ...best.pairs];
  const respelled = all.filter(
    (p) =>
      !p.a.initial &&
      !p.b.initial &&
      p.a.key === p.b.key &&
      p.a.text.toLowerCase() !== p.b.text.toLowerCase(),
  );
  if (respelled.length > 0) {
    const scripts =
      a.script !== b.script && a.script !== 'none' && b.script !== 'none'
        ? `${a.script} and ${b.script} spellings`
        : 'spelling variants';
    reasons.push({
      code: 'transliteration',
      weight: 0,
      detail: `${respelled.map((p) => `${p.a.text} ~ ${p.b.text}`).join(', ')}: ${scripts} of the same words`,
    });
  }
  if (a.order !== 'unknown' && b.order !== 'unknown' && a.order !== b.order) {
    const label = (o: ParsedName['order']) =>
      o === 'family_first' ? 'family name first' : 'given name first';
    reasons.push({
      code: 'word_order',
      weight: 0,
      detail: `${label(a.order)} ~ ${label(b.order)}`,
    });
  }
  return reasons;
}

interface Alignment {
  total: number;
  pairs: Pair[];
  reasons: MatchReason[];
}

function bestAlignment(
  as: NameToken[],
  bs: NameToken[],
  from: number,
  taken: Set<number>,
): Alignment {
  if (from >= as.length) return { total: 0, pairs: [], reasons: [] };
  // This word left unaligned (an extra given name, a word the other side does not have).
  let best = bestAlignment(as, bs, from + 1, taken);
  const ta = as[from]!;
  bs.forEach((tb, j) => {
    if (taken.has(j) || (ta.role !== 'unknown' && tb.role !== 'unknown')) return;
    const role = pairRole(ta, tb);
    if (!role) return;
    const pair = { a: ta, b: tb, role };
    const reason = partReason(pair);
    if (reason.weight <= 0) return;
    taken.add(j);
    const rest = bestAlignment(as, bs, from + 1, taken);
    taken.delete(j);
    if (reason.weight + rest.total > best.total) {
      best = {
        total: reason.weight + rest.total,
        pairs: [pair, ...rest.pairs],
        reasons: [reason, ...rest.reasons],
      };
    }
  });
  return best;
}
